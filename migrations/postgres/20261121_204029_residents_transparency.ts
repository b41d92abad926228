import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_moderation_entries_action" AS ENUM('comment_removed', 'comment_hidden', 'user_blocked', 'user_unblocked');
  CREATE TYPE "public"."enum_moderation_entries_complaint_outcome" AS ENUM('none', 'pending', 'upheld', 'rejected');
  CREATE TYPE "public"."enum_complaints_state" AS ENUM('received', 'under_review', 'upheld', 'rejected');
  CREATE TYPE "public"."enum_complaints_source" AS ENUM('form', 'staff');
  CREATE TYPE "public"."enum_social_comments_state" AS ENUM('visible', 'hidden', 'deleted', 'gone');
  CREATE TYPE "public"."enum_deliveries_reach_state" AS ENUM('ok', 'gone');
  CREATE TYPE "public"."enum_newsletter_subscribers_preferences_categories" AS ENUM('official', 'council_sessions', 'education', 'culture', 'sport', 'safety', 'social_health', 'municipal_services', 'ngo_initiatives', 'consultations');
  CREATE TYPE "public"."enum_newsletter_subscribers_state" AS ENUM('pending', 'confirmed', 'unsubscribed', 'bounced');
  CREATE TYPE "public"."enum_newsletter_subscribers_preferences_digest" AS ENUM('daily', 'weekly', 'off');
  CREATE TYPE "public"."enum_newsletter_subscribers_consent_source" AS ENUM('form', 'admin');
  CREATE TYPE "public"."enum_newsletter_campaigns_kind" AS ENUM('alert', 'digest_daily', 'digest_weekly');
  CREATE TYPE "public"."enum_newsletter_campaigns_state" AS ENUM('sending', 'done');
  CREATE TYPE "public"."enum_newsletter_recipients_state" AS ENUM('sending', 'sent', 'retry', 'bounced', 'failed', 'uncertain');
  CREATE TYPE "public"."enum_newsletter_privacy_requests_kind" AS ENUM('export', 'erase');
  CREATE TYPE "public"."enum_audit_log_document_collection" AS ENUM('posts', 'bip-references', 'deliveries', 'discussion-rules', 'moderation-entries', 'complaints', 'channel-accounts');
  CREATE TYPE "public"."enum_audit_log_operation" AS ENUM('create', 'update', 'delete');
  CREATE TYPE "public"."enum_category_policy_rules_required" AS ENUM('group', 'fanpage', 'rss', 'newsletter');
  CREATE TYPE "public"."enum_category_policy_rules_forbidden" AS ENUM('group', 'fanpage', 'rss', 'newsletter');
  CREATE TYPE "public"."enum_category_policy_rules_category" AS ENUM('official', 'council_sessions', 'education', 'culture', 'sport', 'safety', 'social_health', 'municipal_services', 'ngo_initiatives', 'consultations');
  CREATE TYPE "public"."enum__category_policy_v_version_rules_required" AS ENUM('group', 'fanpage', 'rss', 'newsletter');
  CREATE TYPE "public"."enum__category_policy_v_version_rules_forbidden" AS ENUM('group', 'fanpage', 'rss', 'newsletter');
  CREATE TYPE "public"."enum__category_policy_v_version_rules_category" AS ENUM('official', 'council_sessions', 'education', 'culture', 'sport', 'safety', 'social_health', 'municipal_services', 'ngo_initiatives', 'consultations');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'moderationWork' BEFORE 'fanoutDeliver';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rssRefresh' BEFORE 'fanoutSweep';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'newsletterBatch' BEFORE 'fanoutSweep';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'newsletterMaintenance' BEFORE 'fanoutSweep';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'fanoutReach';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'moderationWork' BEFORE 'fanoutDeliver';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rssRefresh' BEFORE 'fanoutSweep';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'newsletterBatch' BEFORE 'fanoutSweep';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'newsletterMaintenance' BEFORE 'fanoutSweep';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'fanoutReach';
  CREATE TABLE "moderation_entries_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"reason" varchar NOT NULL,
  	"what" varchar NOT NULL
  );
  
  CREATE TABLE "moderation_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_moderation_entries_action" NOT NULL,
  	"account_id" integer,
  	"unit_id" integer,
  	"channel_name" varchar,
  	"channel_slug" varchar,
  	"rule_rules_id" integer,
  	"rule_point" numeric,
  	"rule_version" numeric,
  	"rule_quote" varchar,
  	"summary" varchar NOT NULL,
  	"decided_by_id" integer,
  	"decided_by_label" varchar,
  	"complaint_outcome" "enum_moderation_entries_complaint_outcome" DEFAULT 'none',
  	"snapshot_text" varchar,
  	"snapshot_author_name" varchar,
  	"snapshot_author_profile_url" varchar,
  	"snapshot_comment_url" varchar,
  	"snapshot_posted_at" timestamp(3) with time zone,
  	"snapshot_comment_id" varchar,
  	"source_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaints_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"what" varchar NOT NULL
  );
  
  CREATE TABLE "complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"entry_id" integer NOT NULL,
  	"unit_id" integer,
  	"name" varchar,
  	"email" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"state" "enum_complaints_state" DEFAULT 'received' NOT NULL,
  	"answer" varchar,
  	"received_at" timestamp(3) with time zone,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"source" "enum_complaints_source",
  	"answer_email_sent_at" timestamp(3) with time zone,
  	"answer_email_attempts" numeric,
  	"answer_email_last_error" varchar,
  	"ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "social_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"author_name" varchar,
  	"created_time" timestamp(3) with time zone,
  	"state" "enum_social_comments_state" DEFAULT 'visible',
  	"post_id" integer,
  	"unit_id" integer,
  	"permalink" varchar,
  	"comment_id" varchar NOT NULL,
  	"parent_id" varchar,
  	"author_id" varchar,
  	"delivery_id" integer,
  	"account_id" integer,
  	"fetched_at" timestamp(3) with time zone,
  	"moderation_entry_id" integer,
  	"moderation_by_id" integer,
  	"moderation_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_official_profiles_handovers" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"note" varchar,
  	"recorded_at" timestamp(3) with time zone,
  	"recorded_by_id" integer
  );
  
  CREATE TABLE "newsletter_subscribers_preferences_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_newsletter_subscribers_preferences_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "newsletter_subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"state" "enum_newsletter_subscribers_state" DEFAULT 'pending' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"preferences_digest" "enum_newsletter_subscribers_preferences_digest" DEFAULT 'weekly' NOT NULL,
  	"preferences_urgent_alerts" boolean DEFAULT true,
  	"consent_text_version" numeric,
  	"consent_at" timestamp(3) with time zone,
  	"consent_source" "enum_newsletter_subscribers_consent_source",
  	"consent_ip_hash" varchar,
  	"bounce_at" timestamp(3) with time zone,
  	"bounce_reply" varchar,
  	"manage_token" varchar,
  	"confirm_token" varchar,
  	"confirmation_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "newsletter_campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"kind" "enum_newsletter_campaigns_kind" NOT NULL,
  	"state" "enum_newsletter_campaigns_state" NOT NULL,
  	"total" numeric,
  	"counters_sent" numeric DEFAULT 0,
  	"counters_retry" numeric DEFAULT 0,
  	"counters_bounced" numeric DEFAULT 0,
  	"counters_failed" numeric DEFAULT 0,
  	"counters_uncertain" numeric DEFAULT 0,
  	"key" varchar NOT NULL,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"content" jsonb,
  	"cursor" varchar,
  	"chain" varchar,
  	"heartbeat_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"posts_id" integer
  );
  
  CREATE TABLE "newsletter_recipients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"subscriber_id" integer,
  	"key" varchar NOT NULL,
  	"state" "enum_newsletter_recipients_state" NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"reply" varchar,
  	"message_id" varchar,
  	"sent_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "newsletter_retry_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "newsletter_privacy_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_newsletter_privacy_requests_kind" NOT NULL,
  	"handled_by_id" integer,
  	"records_affected" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rss_feeds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"etag" varchar NOT NULL,
  	"last_modified" timestamp(3) with time zone NOT NULL,
  	"items" numeric,
  	"xml" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"document_collection" "enum_audit_log_document_collection" NOT NULL,
  	"operation" "enum_audit_log_operation" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"field" varchar,
  	"from" varchar,
  	"to" varchar,
  	"summary" varchar NOT NULL,
  	"actor" varchar NOT NULL,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "category_policy_rules_required" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_category_policy_rules_required",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "category_policy_rules_forbidden" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_category_policy_rules_forbidden",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "category_policy_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_category_policy_rules_category" NOT NULL,
  	"reason" varchar
  );
  
  CREATE TABLE "category_policy" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_category_policy_v_version_rules_required" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__category_policy_v_version_rules_required",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_category_policy_v_version_rules_forbidden" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__category_policy_v_version_rules_forbidden",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_category_policy_v_version_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum__category_policy_v_version_rules_category" NOT NULL,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_category_policy_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consent_text" varchar NOT NULL,
  	"consent_version" numeric,
  	"daily_cron" varchar DEFAULT '0 7 * * *' NOT NULL,
  	"weekly_cron" varchar DEFAULT '0 7 * * 1' NOT NULL,
  	"time_zone" varchar DEFAULT 'Europe/Warsaw' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_newsletter_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_consent_text" varchar NOT NULL,
  	"version_consent_version" numeric,
  	"version_daily_cron" varchar DEFAULT '0 7 * * *' NOT NULL,
  	"version_weekly_cron" varchar DEFAULT '0 7 * * 1' NOT NULL,
  	"version_time_zone" varchar DEFAULT 'Europe/Warsaw' NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "channel_accounts" ADD COLUMN "discussion_rules_id" integer;
  ALTER TABLE "deliveries" ADD COLUMN "reach_reactions" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "reach_comments" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "reach_shares" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "reach_impressions" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "reach_impressions_unique" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "reach_fetched_at" timestamp(3) with time zone;
  ALTER TABLE "deliveries" ADD COLUMN "reach_state" "enum_deliveries_reach_state";
  ALTER TABLE "deliveries" ADD COLUMN "reach_note" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "moderation_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaints_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "social_comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_recipients_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_retry_claims_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_privacy_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rss_feeds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "moderation_entries_corrections" ADD CONSTRAINT "moderation_entries_corrections_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_entries_corrections" ADD CONSTRAINT "moderation_entries_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."moderation_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "moderation_entries" ADD CONSTRAINT "moderation_entries_account_id_channel_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_entries" ADD CONSTRAINT "moderation_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_entries" ADD CONSTRAINT "moderation_entries_rule_rules_id_discussion_rules_id_fk" FOREIGN KEY ("rule_rules_id") REFERENCES "public"."discussion_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_entries" ADD CONSTRAINT "moderation_entries_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_history" ADD CONSTRAINT "complaints_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_history" ADD CONSTRAINT "complaints_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_entry_id_moderation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."moderation_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_account_id_channel_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_moderation_entry_id_moderation_entries_id_fk" FOREIGN KEY ("moderation_entry_id") REFERENCES "public"."moderation_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_moderation_by_id_users_id_fk" FOREIGN KEY ("moderation_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_official_profiles_handovers" ADD CONSTRAINT "units_official_profiles_handovers_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_official_profiles_handovers" ADD CONSTRAINT "units_official_profiles_handovers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units_official_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_subscribers_preferences_categories" ADD CONSTRAINT "newsletter_subscribers_preferences_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletter_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_subscribers_rels" ADD CONSTRAINT "newsletter_subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletter_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_subscribers_rels" ADD CONSTRAINT "newsletter_subscribers_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_campaigns_rels" ADD CONSTRAINT "newsletter_campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletter_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_campaigns_rels" ADD CONSTRAINT "newsletter_campaigns_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_recipients" ADD CONSTRAINT "newsletter_recipients_campaign_id_newsletter_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."newsletter_campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_recipients" ADD CONSTRAINT "newsletter_recipients_subscriber_id_newsletter_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."newsletter_subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_privacy_requests" ADD CONSTRAINT "newsletter_privacy_requests_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "category_policy_rules_required" ADD CONSTRAINT "category_policy_rules_required_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."category_policy_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "category_policy_rules_forbidden" ADD CONSTRAINT "category_policy_rules_forbidden_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."category_policy_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "category_policy_rules" ADD CONSTRAINT "category_policy_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."category_policy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_category_policy_v_version_rules_required" ADD CONSTRAINT "_category_policy_v_version_rules_required_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_category_policy_v_version_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_category_policy_v_version_rules_forbidden" ADD CONSTRAINT "_category_policy_v_version_rules_forbidden_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_category_policy_v_version_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_category_policy_v_version_rules" ADD CONSTRAINT "_category_policy_v_version_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_category_policy_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "moderation_entries_corrections_order_idx" ON "moderation_entries_corrections" USING btree ("_order");
  CREATE INDEX "moderation_entries_corrections_parent_id_idx" ON "moderation_entries_corrections" USING btree ("_parent_id");
  CREATE INDEX "moderation_entries_corrections_by_idx" ON "moderation_entries_corrections" USING btree ("by_id");
  CREATE UNIQUE INDEX "moderation_entries_number_idx" ON "moderation_entries" USING btree ("number");
  CREATE INDEX "moderation_entries_occurred_at_idx" ON "moderation_entries" USING btree ("occurred_at");
  CREATE INDEX "moderation_entries_action_idx" ON "moderation_entries" USING btree ("action");
  CREATE INDEX "moderation_entries_account_idx" ON "moderation_entries" USING btree ("account_id");
  CREATE INDEX "moderation_entries_unit_idx" ON "moderation_entries" USING btree ("unit_id");
  CREATE INDEX "moderation_entries_channel_slug_idx" ON "moderation_entries" USING btree ("channel_slug");
  CREATE INDEX "moderation_entries_rule_rule_rules_idx" ON "moderation_entries" USING btree ("rule_rules_id");
  CREATE INDEX "moderation_entries_decided_by_idx" ON "moderation_entries" USING btree ("decided_by_id");
  CREATE INDEX "moderation_entries_complaint_outcome_idx" ON "moderation_entries" USING btree ("complaint_outcome");
  CREATE UNIQUE INDEX "moderation_entries_source_key_idx" ON "moderation_entries" USING btree ("source_key");
  CREATE INDEX "moderation_entries_updated_at_idx" ON "moderation_entries" USING btree ("updated_at");
  CREATE INDEX "moderation_entries_created_at_idx" ON "moderation_entries" USING btree ("created_at");
  CREATE INDEX "complaints_history_order_idx" ON "complaints_history" USING btree ("_order");
  CREATE INDEX "complaints_history_parent_id_idx" ON "complaints_history" USING btree ("_parent_id");
  CREATE INDEX "complaints_history_by_idx" ON "complaints_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "complaints_number_idx" ON "complaints" USING btree ("number");
  CREATE INDEX "complaints_entry_idx" ON "complaints" USING btree ("entry_id");
  CREATE INDEX "complaints_unit_idx" ON "complaints" USING btree ("unit_id");
  CREATE INDEX "complaints_state_idx" ON "complaints" USING btree ("state");
  CREATE INDEX "complaints_decided_by_idx" ON "complaints" USING btree ("decided_by_id");
  CREATE INDEX "complaints_ip_hash_idx" ON "complaints" USING btree ("ip_hash");
  CREATE INDEX "complaints_updated_at_idx" ON "complaints" USING btree ("updated_at");
  CREATE INDEX "complaints_created_at_idx" ON "complaints" USING btree ("created_at");
  CREATE INDEX "social_comments_created_time_idx" ON "social_comments" USING btree ("created_time");
  CREATE INDEX "social_comments_state_idx" ON "social_comments" USING btree ("state");
  CREATE INDEX "social_comments_post_idx" ON "social_comments" USING btree ("post_id");
  CREATE INDEX "social_comments_unit_idx" ON "social_comments" USING btree ("unit_id");
  CREATE UNIQUE INDEX "social_comments_comment_id_idx" ON "social_comments" USING btree ("comment_id");
  CREATE INDEX "social_comments_delivery_idx" ON "social_comments" USING btree ("delivery_id");
  CREATE INDEX "social_comments_account_idx" ON "social_comments" USING btree ("account_id");
  CREATE INDEX "social_comments_moderation_moderation_entry_idx" ON "social_comments" USING btree ("moderation_entry_id");
  CREATE INDEX "social_comments_moderation_moderation_by_idx" ON "social_comments" USING btree ("moderation_by_id");
  CREATE INDEX "social_comments_updated_at_idx" ON "social_comments" USING btree ("updated_at");
  CREATE INDEX "social_comments_created_at_idx" ON "social_comments" USING btree ("created_at");
  CREATE INDEX "units_official_profiles_handovers_order_idx" ON "units_official_profiles_handovers" USING btree ("_order");
  CREATE INDEX "units_official_profiles_handovers_parent_id_idx" ON "units_official_profiles_handovers" USING btree ("_parent_id");
  CREATE INDEX "units_official_profiles_handovers_recorded_by_idx" ON "units_official_profiles_handovers" USING btree ("recorded_by_id");
  CREATE INDEX "newsletter_subscribers_preferences_categories_order_idx" ON "newsletter_subscribers_preferences_categories" USING btree ("order");
  CREATE INDEX "newsletter_subscribers_preferences_categories_parent_idx" ON "newsletter_subscribers_preferences_categories" USING btree ("parent_id");
  CREATE UNIQUE INDEX "newsletter_subscribers_email_idx" ON "newsletter_subscribers" USING btree ("email");
  CREATE INDEX "newsletter_subscribers_state_idx" ON "newsletter_subscribers" USING btree ("state");
  CREATE UNIQUE INDEX "newsletter_subscribers_manage_token_idx" ON "newsletter_subscribers" USING btree ("manage_token");
  CREATE INDEX "newsletter_subscribers_confirm_token_idx" ON "newsletter_subscribers" USING btree ("confirm_token");
  CREATE INDEX "newsletter_subscribers_updated_at_idx" ON "newsletter_subscribers" USING btree ("updated_at");
  CREATE INDEX "newsletter_subscribers_created_at_idx" ON "newsletter_subscribers" USING btree ("created_at");
  CREATE INDEX "newsletter_subscribers_rels_order_idx" ON "newsletter_subscribers_rels" USING btree ("order");
  CREATE INDEX "newsletter_subscribers_rels_parent_idx" ON "newsletter_subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "newsletter_subscribers_rels_path_idx" ON "newsletter_subscribers_rels" USING btree ("path");
  CREATE INDEX "newsletter_subscribers_rels_units_id_idx" ON "newsletter_subscribers_rels" USING btree ("units_id");
  CREATE INDEX "newsletter_campaigns_state_idx" ON "newsletter_campaigns" USING btree ("state");
  CREATE UNIQUE INDEX "newsletter_campaigns_key_idx" ON "newsletter_campaigns" USING btree ("key");
  CREATE INDEX "newsletter_campaigns_heartbeat_at_idx" ON "newsletter_campaigns" USING btree ("heartbeat_at");
  CREATE INDEX "newsletter_campaigns_updated_at_idx" ON "newsletter_campaigns" USING btree ("updated_at");
  CREATE INDEX "newsletter_campaigns_created_at_idx" ON "newsletter_campaigns" USING btree ("created_at");
  CREATE INDEX "newsletter_campaigns_rels_order_idx" ON "newsletter_campaigns_rels" USING btree ("order");
  CREATE INDEX "newsletter_campaigns_rels_parent_idx" ON "newsletter_campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "newsletter_campaigns_rels_path_idx" ON "newsletter_campaigns_rels" USING btree ("path");
  CREATE INDEX "newsletter_campaigns_rels_posts_id_idx" ON "newsletter_campaigns_rels" USING btree ("posts_id");
  CREATE INDEX "newsletter_recipients_campaign_idx" ON "newsletter_recipients" USING btree ("campaign_id");
  CREATE INDEX "newsletter_recipients_subscriber_idx" ON "newsletter_recipients" USING btree ("subscriber_id");
  CREATE UNIQUE INDEX "newsletter_recipients_key_idx" ON "newsletter_recipients" USING btree ("key");
  CREATE UNIQUE INDEX "newsletter_retry_claims_key_idx" ON "newsletter_retry_claims" USING btree ("key");
  CREATE INDEX "newsletter_privacy_requests_handled_by_idx" ON "newsletter_privacy_requests" USING btree ("handled_by_id");
  CREATE INDEX "newsletter_privacy_requests_updated_at_idx" ON "newsletter_privacy_requests" USING btree ("updated_at");
  CREATE INDEX "newsletter_privacy_requests_created_at_idx" ON "newsletter_privacy_requests" USING btree ("created_at");
  CREATE UNIQUE INDEX "rss_feeds_key_idx" ON "rss_feeds" USING btree ("key");
  CREATE INDEX "rss_feeds_updated_at_idx" ON "rss_feeds" USING btree ("updated_at");
  CREATE INDEX "rss_feeds_created_at_idx" ON "rss_feeds" USING btree ("created_at");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_document_collection_idx" ON "audit_log" USING btree ("document_collection");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "category_policy_rules_required_order_idx" ON "category_policy_rules_required" USING btree ("order");
  CREATE INDEX "category_policy_rules_required_parent_idx" ON "category_policy_rules_required" USING btree ("parent_id");
  CREATE INDEX "category_policy_rules_forbidden_order_idx" ON "category_policy_rules_forbidden" USING btree ("order");
  CREATE INDEX "category_policy_rules_forbidden_parent_idx" ON "category_policy_rules_forbidden" USING btree ("parent_id");
  CREATE INDEX "category_policy_rules_order_idx" ON "category_policy_rules" USING btree ("_order");
  CREATE INDEX "category_policy_rules_parent_id_idx" ON "category_policy_rules" USING btree ("_parent_id");
  CREATE INDEX "_category_policy_v_version_rules_required_order_idx" ON "_category_policy_v_version_rules_required" USING btree ("order");
  CREATE INDEX "_category_policy_v_version_rules_required_parent_idx" ON "_category_policy_v_version_rules_required" USING btree ("parent_id");
  CREATE INDEX "_category_policy_v_version_rules_forbidden_order_idx" ON "_category_policy_v_version_rules_forbidden" USING btree ("order");
  CREATE INDEX "_category_policy_v_version_rules_forbidden_parent_idx" ON "_category_policy_v_version_rules_forbidden" USING btree ("parent_id");
  CREATE INDEX "_category_policy_v_version_rules_order_idx" ON "_category_policy_v_version_rules" USING btree ("_order");
  CREATE INDEX "_category_policy_v_version_rules_parent_id_idx" ON "_category_policy_v_version_rules" USING btree ("_parent_id");
  CREATE INDEX "_category_policy_v_created_at_idx" ON "_category_policy_v" USING btree ("created_at");
  CREATE INDEX "_category_policy_v_updated_at_idx" ON "_category_policy_v" USING btree ("updated_at");
  CREATE INDEX "_newsletter_settings_v_created_at_idx" ON "_newsletter_settings_v" USING btree ("created_at");
  CREATE INDEX "_newsletter_settings_v_updated_at_idx" ON "_newsletter_settings_v" USING btree ("updated_at");
  ALTER TABLE "channel_accounts" ADD CONSTRAINT "channel_accounts_discussion_rules_id_discussion_rules_id_fk" FOREIGN KEY ("discussion_rules_id") REFERENCES "public"."discussion_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_moderation_entries_fk" FOREIGN KEY ("moderation_entries_id") REFERENCES "public"."moderation_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_comments_fk" FOREIGN KEY ("social_comments_id") REFERENCES "public"."social_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_subscribers_fk" FOREIGN KEY ("newsletter_subscribers_id") REFERENCES "public"."newsletter_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_campaigns_fk" FOREIGN KEY ("newsletter_campaigns_id") REFERENCES "public"."newsletter_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_recipients_fk" FOREIGN KEY ("newsletter_recipients_id") REFERENCES "public"."newsletter_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_retry_claims_fk" FOREIGN KEY ("newsletter_retry_claims_id") REFERENCES "public"."newsletter_retry_claims"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_privacy_requests_fk" FOREIGN KEY ("newsletter_privacy_requests_id") REFERENCES "public"."newsletter_privacy_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rss_feeds_fk" FOREIGN KEY ("rss_feeds_id") REFERENCES "public"."rss_feeds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "channel_accounts_discussion_rules_idx" ON "channel_accounts" USING btree ("discussion_rules_id");
  CREATE INDEX "deliveries_reach_reach_fetched_at_idx" ON "deliveries" USING btree ("reach_fetched_at");
  CREATE INDEX "payload_locked_documents_rels_moderation_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("moderation_entries_id");
  CREATE INDEX "payload_locked_documents_rels_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("complaints_id");
  CREATE INDEX "payload_locked_documents_rels_social_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("social_comments_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_recipients_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_recipients_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_retry_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_retry_claims_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_privacy_request_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_privacy_requests_id");
  CREATE INDEX "payload_locked_documents_rels_rss_feeds_id_idx" ON "payload_locked_documents_rels" USING btree ("rss_feeds_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "moderation_entries_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "moderation_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaints_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaints" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units_official_profiles_handovers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_subscribers_preferences_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_subscribers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_recipients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_retry_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_privacy_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rss_feeds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "category_policy_rules_required" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "category_policy_rules_forbidden" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "category_policy_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "category_policy" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_category_policy_v_version_rules_required" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_category_policy_v_version_rules_forbidden" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_category_policy_v_version_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_category_policy_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_newsletter_settings_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "moderation_entries_corrections" CASCADE;
  DROP TABLE "moderation_entries" CASCADE;
  DROP TABLE "complaints_history" CASCADE;
  DROP TABLE "complaints" CASCADE;
  DROP TABLE "social_comments" CASCADE;
  DROP TABLE "units_official_profiles_handovers" CASCADE;
  DROP TABLE "newsletter_subscribers_preferences_categories" CASCADE;
  DROP TABLE "newsletter_subscribers" CASCADE;
  DROP TABLE "newsletter_subscribers_rels" CASCADE;
  DROP TABLE "newsletter_campaigns" CASCADE;
  DROP TABLE "newsletter_campaigns_rels" CASCADE;
  DROP TABLE "newsletter_recipients" CASCADE;
  DROP TABLE "newsletter_retry_claims" CASCADE;
  DROP TABLE "newsletter_privacy_requests" CASCADE;
  DROP TABLE "rss_feeds" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "category_policy_rules_required" CASCADE;
  DROP TABLE "category_policy_rules_forbidden" CASCADE;
  DROP TABLE "category_policy_rules" CASCADE;
  DROP TABLE "category_policy" CASCADE;
  DROP TABLE "_category_policy_v_version_rules_required" CASCADE;
  DROP TABLE "_category_policy_v_version_rules_forbidden" CASCADE;
  DROP TABLE "_category_policy_v_version_rules" CASCADE;
  DROP TABLE "_category_policy_v" CASCADE;
  DROP TABLE "newsletter_settings" CASCADE;
  DROP TABLE "_newsletter_settings_v" CASCADE;
  ALTER TABLE "channel_accounts" DROP CONSTRAINT "channel_accounts_discussion_rules_id_discussion_rules_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_moderation_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaints_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_social_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_recipients_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_retry_claims_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_privacy_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rss_feeds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDuePosts', 'fanoutDeliver', 'fanoutSweep', 'bipUrlCheck');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDuePosts', 'fanoutDeliver', 'fanoutSweep', 'bipUrlCheck');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "channel_accounts_discussion_rules_idx";
  DROP INDEX "deliveries_reach_reach_fetched_at_idx";
  DROP INDEX "payload_locked_documents_rels_moderation_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_complaints_id_idx";
  DROP INDEX "payload_locked_documents_rels_social_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_recipients_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_retry_claims_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_privacy_request_idx";
  DROP INDEX "payload_locked_documents_rels_rss_feeds_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "channel_accounts" DROP COLUMN "discussion_rules_id";
  ALTER TABLE "deliveries" DROP COLUMN "reach_reactions";
  ALTER TABLE "deliveries" DROP COLUMN "reach_comments";
  ALTER TABLE "deliveries" DROP COLUMN "reach_shares";
  ALTER TABLE "deliveries" DROP COLUMN "reach_impressions";
  ALTER TABLE "deliveries" DROP COLUMN "reach_impressions_unique";
  ALTER TABLE "deliveries" DROP COLUMN "reach_fetched_at";
  ALTER TABLE "deliveries" DROP COLUMN "reach_state";
  ALTER TABLE "deliveries" DROP COLUMN "reach_note";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "moderation_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaints_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "social_comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_recipients_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_retry_claims_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_privacy_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rss_feeds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_moderation_entries_action";
  DROP TYPE "public"."enum_moderation_entries_complaint_outcome";
  DROP TYPE "public"."enum_complaints_state";
  DROP TYPE "public"."enum_complaints_source";
  DROP TYPE "public"."enum_social_comments_state";
  DROP TYPE "public"."enum_deliveries_reach_state";
  DROP TYPE "public"."enum_newsletter_subscribers_preferences_categories";
  DROP TYPE "public"."enum_newsletter_subscribers_state";
  DROP TYPE "public"."enum_newsletter_subscribers_preferences_digest";
  DROP TYPE "public"."enum_newsletter_subscribers_consent_source";
  DROP TYPE "public"."enum_newsletter_campaigns_kind";
  DROP TYPE "public"."enum_newsletter_campaigns_state";
  DROP TYPE "public"."enum_newsletter_recipients_state";
  DROP TYPE "public"."enum_newsletter_privacy_requests_kind";
  DROP TYPE "public"."enum_audit_log_document_collection";
  DROP TYPE "public"."enum_audit_log_operation";
  DROP TYPE "public"."enum_category_policy_rules_required";
  DROP TYPE "public"."enum_category_policy_rules_forbidden";
  DROP TYPE "public"."enum_category_policy_rules_category";
  DROP TYPE "public"."enum__category_policy_v_version_rules_required";
  DROP TYPE "public"."enum__category_policy_v_version_rules_forbidden";
  DROP TYPE "public"."enum__category_policy_v_version_rules_category";`)
}
