import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`moderation_entries_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` integer,
  	\`reason\` text NOT NULL,
  	\`what\` text NOT NULL,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`moderation_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`moderation_entries_corrections_order_idx\` ON \`moderation_entries_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_corrections_parent_id_idx\` ON \`moderation_entries_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_corrections_by_idx\` ON \`moderation_entries_corrections\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`moderation_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`occurred_at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`account_id\` integer,
  	\`unit_id\` integer,
  	\`channel_name\` text,
  	\`channel_slug\` text,
  	\`rule_rules_id\` integer,
  	\`rule_point\` numeric,
  	\`rule_version\` numeric,
  	\`rule_quote\` text,
  	\`summary\` text NOT NULL,
  	\`decided_by_id\` integer,
  	\`decided_by_label\` text,
  	\`complaint_outcome\` text DEFAULT 'none',
  	\`snapshot_text\` text,
  	\`snapshot_author_name\` text,
  	\`snapshot_author_profile_url\` text,
  	\`snapshot_comment_url\` text,
  	\`snapshot_posted_at\` text,
  	\`snapshot_comment_id\` text,
  	\`source_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rule_rules_id\`) REFERENCES \`discussion_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`moderation_entries_number_idx\` ON \`moderation_entries\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_occurred_at_idx\` ON \`moderation_entries\` (\`occurred_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_action_idx\` ON \`moderation_entries\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_account_idx\` ON \`moderation_entries\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_unit_idx\` ON \`moderation_entries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_channel_slug_idx\` ON \`moderation_entries\` (\`channel_slug\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_rule_rule_rules_idx\` ON \`moderation_entries\` (\`rule_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_decided_by_idx\` ON \`moderation_entries\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_complaint_outcome_idx\` ON \`moderation_entries\` (\`complaint_outcome\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`moderation_entries_source_key_idx\` ON \`moderation_entries\` (\`source_key\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_updated_at_idx\` ON \`moderation_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_entries_created_at_idx\` ON \`moderation_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`complaints_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` integer,
  	\`what\` text NOT NULL,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaints_history_order_idx\` ON \`complaints_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`complaints_history_parent_id_idx\` ON \`complaints_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_history_by_idx\` ON \`complaints_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`complaints\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`entry_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`name\` text,
  	\`email\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`state\` text DEFAULT 'received' NOT NULL,
  	\`answer\` text,
  	\`received_at\` text,
  	\`decided_at\` text,
  	\`decided_by_id\` integer,
  	\`source\` text,
  	\`answer_email_sent_at\` text,
  	\`answer_email_attempts\` numeric,
  	\`answer_email_last_error\` text,
  	\`ip_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`entry_id\`) REFERENCES \`moderation_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`complaints_number_idx\` ON \`complaints\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`complaints_entry_idx\` ON \`complaints\` (\`entry_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_unit_idx\` ON \`complaints\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_state_idx\` ON \`complaints\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`complaints_decided_by_idx\` ON \`complaints\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_ip_hash_idx\` ON \`complaints\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`complaints_updated_at_idx\` ON \`complaints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_created_at_idx\` ON \`complaints\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`social_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`message\` text,
  	\`author_name\` text,
  	\`created_time\` text,
  	\`state\` text DEFAULT 'visible',
  	\`post_id\` integer,
  	\`unit_id\` integer,
  	\`permalink\` text,
  	\`comment_id\` text NOT NULL,
  	\`parent_id\` text,
  	\`author_id\` text,
  	\`delivery_id\` integer,
  	\`account_id\` integer,
  	\`fetched_at\` text,
  	\`moderation_entry_id\` integer,
  	\`moderation_by_id\` integer,
  	\`moderation_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`delivery_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderation_entry_id\`) REFERENCES \`moderation_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderation_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`social_comments_created_time_idx\` ON \`social_comments\` (\`created_time\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_state_idx\` ON \`social_comments\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_post_idx\` ON \`social_comments\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_unit_idx\` ON \`social_comments\` (\`unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`social_comments_comment_id_idx\` ON \`social_comments\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_delivery_idx\` ON \`social_comments\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_account_idx\` ON \`social_comments\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_moderation_moderation_entry_idx\` ON \`social_comments\` (\`moderation_entry_id\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_moderation_moderation_by_idx\` ON \`social_comments\` (\`moderation_by_id\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_updated_at_idx\` ON \`social_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_comments_created_at_idx\` ON \`social_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`units_official_profiles_handovers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`note\` text,
  	\`recorded_at\` text,
  	\`recorded_by_id\` integer,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units_official_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_official_profiles_handovers_order_idx\` ON \`units_official_profiles_handovers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`units_official_profiles_handovers_parent_id_idx\` ON \`units_official_profiles_handovers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_official_profiles_handovers_recorded_by_idx\` ON \`units_official_profiles_handovers\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_subscribers_preferences_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_preferences_categories_order_idx\` ON \`newsletter_subscribers_preferences_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_preferences_categories_parent_idx\` ON \`newsletter_subscribers_preferences_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`preferences_digest\` text DEFAULT 'weekly' NOT NULL,
  	\`preferences_urgent_alerts\` integer DEFAULT true,
  	\`consent_text_version\` numeric,
  	\`consent_at\` text,
  	\`consent_source\` text,
  	\`consent_ip_hash\` text,
  	\`bounce_at\` text,
  	\`bounce_reply\` text,
  	\`manage_token\` text,
  	\`confirm_token\` text,
  	\`confirmation_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_subscribers_email_idx\` ON \`newsletter_subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_state_idx\` ON \`newsletter_subscribers\` (\`state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_subscribers_manage_token_idx\` ON \`newsletter_subscribers\` (\`manage_token\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_confirm_token_idx\` ON \`newsletter_subscribers\` (\`confirm_token\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_updated_at_idx\` ON \`newsletter_subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_created_at_idx\` ON \`newsletter_subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_subscribers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_rels_order_idx\` ON \`newsletter_subscribers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_rels_parent_idx\` ON \`newsletter_subscribers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_rels_path_idx\` ON \`newsletter_subscribers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_subscribers_rels_units_id_idx\` ON \`newsletter_subscribers_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`state\` text NOT NULL,
  	\`total\` numeric,
  	\`counters_sent\` numeric DEFAULT 0,
  	\`counters_retry\` numeric DEFAULT 0,
  	\`counters_bounced\` numeric DEFAULT 0,
  	\`counters_failed\` numeric DEFAULT 0,
  	\`counters_uncertain\` numeric DEFAULT 0,
  	\`key\` text NOT NULL,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`content\` text,
  	\`cursor\` text,
  	\`chain\` text,
  	\`heartbeat_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_campaigns_state_idx\` ON \`newsletter_campaigns\` (\`state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_campaigns_key_idx\` ON \`newsletter_campaigns\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_campaigns_heartbeat_at_idx\` ON \`newsletter_campaigns\` (\`heartbeat_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_campaigns_updated_at_idx\` ON \`newsletter_campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_campaigns_created_at_idx\` ON \`newsletter_campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_campaigns_rels_order_idx\` ON \`newsletter_campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_campaigns_rels_parent_idx\` ON \`newsletter_campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_campaigns_rels_path_idx\` ON \`newsletter_campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_campaigns_rels_posts_id_idx\` ON \`newsletter_campaigns_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_recipients\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`subscriber_id\` integer,
  	\`key\` text NOT NULL,
  	\`state\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`claimed_at\` text,
  	\`reply\` text,
  	\`message_id\` text,
  	\`sent_at\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`newsletter_campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`newsletter_subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_recipients_campaign_idx\` ON \`newsletter_recipients\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_recipients_subscriber_idx\` ON \`newsletter_recipients\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_recipients_key_idx\` ON \`newsletter_recipients\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_retry_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_retry_claims_key_idx\` ON \`newsletter_retry_claims\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_privacy_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`handled_by_id\` integer,
  	\`records_affected\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_privacy_requests_handled_by_idx\` ON \`newsletter_privacy_requests\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_privacy_requests_updated_at_idx\` ON \`newsletter_privacy_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_privacy_requests_created_at_idx\` ON \`newsletter_privacy_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rss_feeds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`etag\` text NOT NULL,
  	\`last_modified\` text NOT NULL,
  	\`items\` numeric,
  	\`xml\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rss_feeds_key_idx\` ON \`rss_feeds\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rss_feeds_updated_at_idx\` ON \`rss_feeds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rss_feeds_created_at_idx\` ON \`rss_feeds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`operation\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`field\` text,
  	\`from\` text,
  	\`to\` text,
  	\`summary\` text NOT NULL,
  	\`actor\` text NOT NULL,
  	\`user_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_collection_idx\` ON \`audit_log\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`category_policy_rules_required\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`category_policy_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`category_policy_rules_required_order_idx\` ON \`category_policy_rules_required\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`category_policy_rules_required_parent_idx\` ON \`category_policy_rules_required\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`category_policy_rules_forbidden\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`category_policy_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`category_policy_rules_forbidden_order_idx\` ON \`category_policy_rules_forbidden\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`category_policy_rules_forbidden_parent_idx\` ON \`category_policy_rules_forbidden\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`category_policy_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`category_policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`category_policy_rules_order_idx\` ON \`category_policy_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`category_policy_rules_parent_id_idx\` ON \`category_policy_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`category_policy\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_category_policy_v_version_rules_required\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_category_policy_v_version_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_category_policy_v_version_rules_required_order_idx\` ON \`_category_policy_v_version_rules_required\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_category_policy_v_version_rules_required_parent_idx\` ON \`_category_policy_v_version_rules_required\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_category_policy_v_version_rules_forbidden\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_category_policy_v_version_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_category_policy_v_version_rules_forbidden_order_idx\` ON \`_category_policy_v_version_rules_forbidden\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_category_policy_v_version_rules_forbidden_parent_idx\` ON \`_category_policy_v_version_rules_forbidden\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_category_policy_v_version_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_category_policy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_category_policy_v_version_rules_order_idx\` ON \`_category_policy_v_version_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_category_policy_v_version_rules_parent_id_idx\` ON \`_category_policy_v_version_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_category_policy_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_category_policy_v_created_at_idx\` ON \`_category_policy_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_category_policy_v_updated_at_idx\` ON \`_category_policy_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consent_text\` text NOT NULL,
  	\`consent_version\` numeric,
  	\`daily_cron\` text DEFAULT '0 7 * * *' NOT NULL,
  	\`weekly_cron\` text DEFAULT '0 7 * * 1' NOT NULL,
  	\`time_zone\` text DEFAULT 'Europe/Warsaw' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_newsletter_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_consent_text\` text NOT NULL,
  	\`version_consent_version\` numeric,
  	\`version_daily_cron\` text DEFAULT '0 7 * * *' NOT NULL,
  	\`version_weekly_cron\` text DEFAULT '0 7 * * 1' NOT NULL,
  	\`version_time_zone\` text DEFAULT 'Europe/Warsaw' NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletter_settings_v_created_at_idx\` ON \`_newsletter_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_settings_v_updated_at_idx\` ON \`_newsletter_settings_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` ADD \`discussion_rules_id\` integer REFERENCES discussion_rules(id);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_discussion_rules_idx\` ON \`channel_accounts\` (\`discussion_rules_id\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reach_reactions\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reach_comments\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reach_shares\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reach_impressions\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reach_impressions_unique\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reach_fetched_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reach_state\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reach_note\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_reach_reach_fetched_at_idx\` ON \`deliveries\` (\`reach_fetched_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`moderation_entries_id\` integer REFERENCES moderation_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`complaints_id\` integer REFERENCES complaints(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`social_comments_id\` integer REFERENCES social_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`newsletter_subscribers_id\` integer REFERENCES newsletter_subscribers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`newsletter_campaigns_id\` integer REFERENCES newsletter_campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`newsletter_recipients_id\` integer REFERENCES newsletter_recipients(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`newsletter_retry_claims_id\` integer REFERENCES newsletter_retry_claims(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`newsletter_privacy_requests_id\` integer REFERENCES newsletter_privacy_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rss_feeds_id\` integer REFERENCES rss_feeds(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderation_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`moderation_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`social_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_recipients_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_recipients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_retry_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_retry_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_privacy_request_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_privacy_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rss_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`rss_feeds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`moderation_entries_corrections\`;`)
  await db.run(sql`DROP TABLE \`moderation_entries\`;`)
  await db.run(sql`DROP TABLE \`complaints_history\`;`)
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`DROP TABLE \`social_comments\`;`)
  await db.run(sql`DROP TABLE \`units_official_profiles_handovers\`;`)
  await db.run(sql`DROP TABLE \`newsletter_subscribers_preferences_categories\`;`)
  await db.run(sql`DROP TABLE \`newsletter_subscribers\`;`)
  await db.run(sql`DROP TABLE \`newsletter_subscribers_rels\`;`)
  await db.run(sql`DROP TABLE \`newsletter_campaigns\`;`)
  await db.run(sql`DROP TABLE \`newsletter_campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`newsletter_recipients\`;`)
  await db.run(sql`DROP TABLE \`newsletter_retry_claims\`;`)
  await db.run(sql`DROP TABLE \`newsletter_privacy_requests\`;`)
  await db.run(sql`DROP TABLE \`rss_feeds\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`category_policy_rules_required\`;`)
  await db.run(sql`DROP TABLE \`category_policy_rules_forbidden\`;`)
  await db.run(sql`DROP TABLE \`category_policy_rules\`;`)
  await db.run(sql`DROP TABLE \`category_policy\`;`)
  await db.run(sql`DROP TABLE \`_category_policy_v_version_rules_required\`;`)
  await db.run(sql`DROP TABLE \`_category_policy_v_version_rules_forbidden\`;`)
  await db.run(sql`DROP TABLE \`_category_policy_v_version_rules\`;`)
  await db.run(sql`DROP TABLE \`_category_policy_v\`;`)
  await db.run(sql`DROP TABLE \`newsletter_settings\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_settings_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_channel_accounts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`fanpage_page_id\` text,
  	\`fanpage_page_token_set\` integer,
  	\`fanpage_page_token_sealed\` text,
  	\`group_mode\` text DEFAULT 'handoff',
  	\`group_group_url\` text,
  	\`group_webhook_url\` text,
  	\`group_webhook_secret_set\` integer,
  	\`group_webhook_secret_sealed\` text,
  	\`status_state\` text DEFAULT 'ok',
  	\`status_reason\` text,
  	\`status_since\` text,
  	\`status_throttle_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_channel_accounts\`("id", "name", "kind", "enabled", "fanpage_page_id", "fanpage_page_token_set", "fanpage_page_token_sealed", "group_mode", "group_group_url", "group_webhook_url", "group_webhook_secret_set", "group_webhook_secret_sealed", "status_state", "status_reason", "status_since", "status_throttle_until", "updated_at", "created_at") SELECT "id", "name", "kind", "enabled", "fanpage_page_id", "fanpage_page_token_set", "fanpage_page_token_sealed", "group_mode", "group_group_url", "group_webhook_url", "group_webhook_secret_set", "group_webhook_secret_sealed", "status_state", "status_reason", "status_since", "status_throttle_until", "updated_at", "created_at" FROM \`channel_accounts\`;`)
  await db.run(sql`DROP TABLE \`channel_accounts\`;`)
  await db.run(sql`ALTER TABLE \`__new_channel_accounts\` RENAME TO \`channel_accounts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`channel_accounts_updated_at_idx\` ON \`channel_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_created_at_idx\` ON \`channel_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` integer,
  	\`bip_references_id\` integer,
  	\`media_id\` integer,
  	\`discussion_rules_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`channel_accounts_id\` integer,
  	\`deliveries_id\` integer,
  	\`delivery_attempts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bip_references_id\`) REFERENCES \`bip_references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`discussion_rules_id\`) REFERENCES \`discussion_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_attempts_id\`) REFERENCES \`delivery_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "bip_references_id", "media_id", "discussion_rules_id", "units_id", "users_id", "channel_accounts_id", "deliveries_id", "delivery_attempts_id") SELECT "id", "order", "parent_id", "path", "posts_id", "bip_references_id", "media_id", "discussion_rules_id", "units_id", "users_id", "channel_accounts_id", "deliveries_id", "delivery_attempts_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bip_references_id_idx\` ON \`payload_locked_documents_rels\` (\`bip_references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_discussion_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`discussion_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_attempts_id\`);`)
  await db.run(sql`DROP INDEX \`deliveries_reach_reach_fetched_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reach_reactions\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reach_comments\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reach_shares\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reach_impressions\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reach_impressions_unique\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reach_fetched_at\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reach_state\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reach_note\`;`)
}
