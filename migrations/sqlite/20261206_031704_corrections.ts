import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`post_corrections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`post_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`comment\` text,
  	\`proposed_by_id\` integer,
  	\`proposed_at\` text,
  	\`decided_at\` text,
  	\`changed\` text,
  	\`previous\` text,
  	\`proposed\` text,
  	\`approvals\` text,
  	\`plan\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`post_corrections_post_idx\` ON \`post_corrections\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`post_corrections_unit_idx\` ON \`post_corrections\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`post_corrections_state_idx\` ON \`post_corrections\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`post_corrections_proposed_by_idx\` ON \`post_corrections\` (\`proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`post_corrections_updated_at_idx\` ON \`post_corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`post_corrections_created_at_idx\` ON \`post_corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`post_corrections_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`post_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`post_corrections_rels_order_idx\` ON \`post_corrections_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`post_corrections_rels_parent_idx\` ON \`post_corrections_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`post_corrections_rels_path_idx\` ON \`post_corrections_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`post_corrections_rels_users_id_idx\` ON \`post_corrections_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`correction_id\` integer REFERENCES post_corrections(id);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`correction_action\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_correction_idx\` ON \`deliveries\` (\`correction_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`post_corrections_id\` integer REFERENCES post_corrections(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_post_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`post_corrections_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`post_corrections\`;`)
  await db.run(sql`DROP TABLE \`post_corrections_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`post_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`channel\` text NOT NULL,
  	\`account_id\` integer,
  	\`state\` text NOT NULL,
  	\`reason\` text,
  	\`priority\` numeric DEFAULT 1,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`lease_until\` text,
  	\`queued_at\` text,
  	\`last_error\` text,
  	\`last_error_code\` text,
  	\`external_id\` text,
  	\`external_url\` text,
  	\`sent_at\` text,
  	\`text\` text,
  	\`payload\` text,
  	\`lint\` text,
  	\`flag\` text,
  	\`withdrawal\` text,
  	\`taken_down_at\` text,
  	\`reach_reactions\` numeric,
  	\`reach_comments\` numeric,
  	\`reach_shares\` numeric,
  	\`reach_impressions\` numeric,
  	\`reach_impressions_unique\` numeric,
  	\`reach_fetched_at\` text,
  	\`reach_state\` text,
  	\`reach_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_deliveries\`("id", "key", "post_id", "unit_id", "channel", "account_id", "state", "reason", "priority", "attempts", "next_attempt_at", "lease_until", "queued_at", "last_error", "last_error_code", "external_id", "external_url", "sent_at", "text", "payload", "lint", "flag", "withdrawal", "taken_down_at", "reach_reactions", "reach_comments", "reach_shares", "reach_impressions", "reach_impressions_unique", "reach_fetched_at", "reach_state", "reach_note", "updated_at", "created_at") SELECT "id", "key", "post_id", "unit_id", "channel", "account_id", "state", "reason", "priority", "attempts", "next_attempt_at", "lease_until", "queued_at", "last_error", "last_error_code", "external_id", "external_url", "sent_at", "text", "payload", "lint", "flag", "withdrawal", "taken_down_at", "reach_reactions", "reach_comments", "reach_shares", "reach_impressions", "reach_impressions_unique", "reach_fetched_at", "reach_state", "reach_note", "updated_at", "created_at" FROM \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries\` RENAME TO \`deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_key_idx\` ON \`deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_post_idx\` ON \`deliveries\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_unit_idx\` ON \`deliveries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_channel_idx\` ON \`deliveries\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_account_idx\` ON \`deliveries\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_priority_idx\` ON \`deliveries\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_next_attempt_at_idx\` ON \`deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_external_id_idx\` ON \`deliveries\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_sent_at_idx\` ON \`deliveries\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_withdrawal_idx\` ON \`deliveries\` (\`withdrawal\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_reach_reach_fetched_at_idx\` ON \`deliveries\` (\`reach_fetched_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` integer,
  	\`bip_references_id\` integer,
  	\`media_id\` integer,
  	\`discussion_rules_id\` integer,
  	\`moderation_entries_id\` integer,
  	\`complaints_id\` integer,
  	\`social_comments_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`login_attempts_id\` integer,
  	\`channel_accounts_id\` integer,
  	\`deliveries_id\` integer,
  	\`delivery_attempts_id\` integer,
  	\`rss_feeds_id\` integer,
  	\`newsletter_subscribers_id\` integer,
  	\`newsletter_campaigns_id\` integer,
  	\`newsletter_recipients_id\` integer,
  	\`newsletter_retry_claims_id\` integer,
  	\`newsletter_privacy_requests_id\` integer,
  	\`audit_log_id\` integer,
  	\`bip_sources_id\` integer,
  	\`notifications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bip_references_id\`) REFERENCES \`bip_references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`discussion_rules_id\`) REFERENCES \`discussion_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`moderation_entries_id\`) REFERENCES \`moderation_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_comments_id\`) REFERENCES \`social_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_attempts_id\`) REFERENCES \`login_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_attempts_id\`) REFERENCES \`delivery_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rss_feeds_id\`) REFERENCES \`rss_feeds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_subscribers_id\`) REFERENCES \`newsletter_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_campaigns_id\`) REFERENCES \`newsletter_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_recipients_id\`) REFERENCES \`newsletter_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_retry_claims_id\`) REFERENCES \`newsletter_retry_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_privacy_requests_id\`) REFERENCES \`newsletter_privacy_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bip_sources_id\`) REFERENCES \`bip_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "bip_references_id", "media_id", "discussion_rules_id", "moderation_entries_id", "complaints_id", "social_comments_id", "units_id", "users_id", "login_attempts_id", "channel_accounts_id", "deliveries_id", "delivery_attempts_id", "rss_feeds_id", "newsletter_subscribers_id", "newsletter_campaigns_id", "newsletter_recipients_id", "newsletter_retry_claims_id", "newsletter_privacy_requests_id", "audit_log_id", "bip_sources_id", "notifications_id") SELECT "id", "order", "parent_id", "path", "posts_id", "bip_references_id", "media_id", "discussion_rules_id", "moderation_entries_id", "complaints_id", "social_comments_id", "units_id", "users_id", "login_attempts_id", "channel_accounts_id", "deliveries_id", "delivery_attempts_id", "rss_feeds_id", "newsletter_subscribers_id", "newsletter_campaigns_id", "newsletter_recipients_id", "newsletter_retry_claims_id", "newsletter_privacy_requests_id", "audit_log_id", "bip_sources_id", "notifications_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bip_references_id_idx\` ON \`payload_locked_documents_rels\` (\`bip_references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_discussion_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`discussion_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderation_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`moderation_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`social_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`login_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rss_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`rss_feeds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_recipients_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_recipients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_retry_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_retry_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_privacy_request_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_privacy_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bip_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`bip_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
}
