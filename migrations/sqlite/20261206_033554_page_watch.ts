import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`page_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`post_id\` text NOT NULL,
  	\`page_id\` text NOT NULL,
  	\`message\` text,
  	\`created_time\` text NOT NULL,
  	\`permalink\` text,
  	\`delivery_id\` integer,
  	\`kind\` text NOT NULL,
  	\`reason\` text,
  	\`gone_at\` text,
  	\`seen_in_pass\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`delivery_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`page_posts_post_id_idx\` ON \`page_posts\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`page_posts_page_id_idx\` ON \`page_posts\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`page_posts_created_time_idx\` ON \`page_posts\` (\`created_time\`);`)
  await db.run(sql`CREATE INDEX \`page_posts_delivery_idx\` ON \`page_posts\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`page_posts_kind_idx\` ON \`page_posts\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`page_posts_updated_at_idx\` ON \`page_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_posts_created_at_idx\` ON \`page_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`page_reads\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`page_id\` text NOT NULL,
  	\`completed_through\` text,
  	\`pass_started_at\` text,
  	\`pass_since\` text,
  	\`pass_until\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`page_reads_page_id_idx\` ON \`page_reads\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`page_reads_updated_at_idx\` ON \`page_reads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_reads_created_at_idx\` ON \`page_reads\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_posts_id\` integer REFERENCES page_posts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_reads_id\` integer REFERENCES page_reads(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`page_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`page_reads_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`page_posts\`;`)
  await db.run(sql`DROP TABLE \`page_reads\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`post_corrections_id\` integer,
  	\`newsletter_subscribers_id\` integer,
  	\`newsletter_campaigns_id\` integer,
  	\`newsletter_recipients_id\` integer,
  	\`newsletter_retry_claims_id\` integer,
  	\`newsletter_privacy_requests_id\` integer,
  	\`audit_log_id\` integer,
  	\`bip_sources_id\` integer,
  	\`notifications_id\` integer,
  	\`dev_mailbox_id\` integer,
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
  	FOREIGN KEY (\`post_corrections_id\`) REFERENCES \`post_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_subscribers_id\`) REFERENCES \`newsletter_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_campaigns_id\`) REFERENCES \`newsletter_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_recipients_id\`) REFERENCES \`newsletter_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_retry_claims_id\`) REFERENCES \`newsletter_retry_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_privacy_requests_id\`) REFERENCES \`newsletter_privacy_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bip_sources_id\`) REFERENCES \`bip_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dev_mailbox_id\`) REFERENCES \`dev_mailbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "bip_references_id", "media_id", "discussion_rules_id", "moderation_entries_id", "complaints_id", "social_comments_id", "units_id", "users_id", "login_attempts_id", "channel_accounts_id", "deliveries_id", "delivery_attempts_id", "rss_feeds_id", "post_corrections_id", "newsletter_subscribers_id", "newsletter_campaigns_id", "newsletter_recipients_id", "newsletter_retry_claims_id", "newsletter_privacy_requests_id", "audit_log_id", "bip_sources_id", "notifications_id", "dev_mailbox_id") SELECT "id", "order", "parent_id", "path", "posts_id", "bip_references_id", "media_id", "discussion_rules_id", "moderation_entries_id", "complaints_id", "social_comments_id", "units_id", "users_id", "login_attempts_id", "channel_accounts_id", "deliveries_id", "delivery_attempts_id", "rss_feeds_id", "post_corrections_id", "newsletter_subscribers_id", "newsletter_campaigns_id", "newsletter_recipients_id", "newsletter_retry_claims_id", "newsletter_privacy_requests_id", "audit_log_id", "bip_sources_id", "notifications_id", "dev_mailbox_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_post_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`post_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_recipients_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_recipients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_retry_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_retry_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_privacy_request_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_privacy_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bip_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`bip_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dev_mailbox_id_idx\` ON \`payload_locked_documents_rels\` (\`dev_mailbox_id\`);`)
}
