import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_posts_channels" AS ENUM('group', 'fanpage', 'rss', 'newsletter');
  CREATE TYPE "public"."enum_posts_approval_log_decision" AS ENUM('submit', 'retract', 'approve', 'request_changes', 'publish', 'withdraw', 'reopen', 'auto_approve');
  CREATE TYPE "public"."enum_posts_approval_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_posts_approval_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_posts_category" AS ENUM('official', 'council_sessions', 'education', 'culture', 'sport', 'safety', 'social_health', 'municipal_services', 'ngo_initiatives', 'consultations');
  CREATE TYPE "public"."enum_posts_information_type" AS ENUM('public_information', 'local_news', 'urgent_alert');
  CREATE TYPE "public"."enum_posts_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_posts_fanout_sync" AS ENUM('due', 'done');
  CREATE TYPE "public"."enum__posts_v_version_channels" AS ENUM('group', 'fanpage', 'rss', 'newsletter');
  CREATE TYPE "public"."enum__posts_v_version_approval_log_decision" AS ENUM('submit', 'retract', 'approve', 'request_changes', 'publish', 'withdraw', 'reopen', 'auto_approve');
  CREATE TYPE "public"."enum__posts_v_version_approval_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__posts_v_version_approval_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__posts_v_version_category" AS ENUM('official', 'council_sessions', 'education', 'culture', 'sport', 'safety', 'social_health', 'municipal_services', 'ngo_initiatives', 'consultations');
  CREATE TYPE "public"."enum__posts_v_version_information_type" AS ENUM('public_information', 'local_news', 'urgent_alert');
  CREATE TYPE "public"."enum__posts_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__posts_v_version_fanout_sync" AS ENUM('due', 'done');
  CREATE TYPE "public"."enum_bip_references_state" AS ENUM('draft', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_discussion_rules_governs_platform" AS ENUM('facebook_page', 'facebook_group', 'instagram', 'youtube', 'x', 'tiktok', 'linkedin', 'bluesky', 'mastodon', 'website', 'other');
  CREATE TYPE "public"."enum_discussion_rules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__discussion_rules_v_version_governs_platform" AS ENUM('facebook_page', 'facebook_group', 'instagram', 'youtube', 'x', 'tiktok', 'linkedin', 'bluesky', 'mastodon', 'website', 'other');
  CREATE TYPE "public"."enum__discussion_rules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_units_default_channels" AS ENUM('group', 'fanpage', 'rss', 'newsletter');
  CREATE TYPE "public"."enum_units_official_profiles_platform" AS ENUM('facebook_page', 'facebook_group', 'instagram', 'youtube', 'x', 'tiktok', 'linkedin', 'bluesky', 'mastodon', 'website', 'other');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('office', 'mayor', 'council', 'councillor', 'solectwo', 'district_council', 'school', 'kindergarten', 'nursery', 'library', 'culture_centre', 'museum', 'sports_centre', 'sports_club', 'osp', 'social_help', 'health_centre', 'cuw', 'municipal_company', 'ngo');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'approver', 'editor');
  CREATE TYPE "public"."enum_channel_accounts_kind" AS ENUM('fanpage', 'group');
  CREATE TYPE "public"."enum_channel_accounts_group_mode" AS ENUM('webhook', 'handoff');
  CREATE TYPE "public"."enum_channel_accounts_status_state" AS ENUM('ok', 'needs_action');
  CREATE TYPE "public"."enum_deliveries_channel" AS ENUM('group', 'fanpage', 'rss', 'newsletter');
  CREATE TYPE "public"."enum_deliveries_state" AS ENUM('waiting_for_bip', 'scheduled', 'pending', 'sending', 'sent', 'failed', 'needs_action', 'skipped');
  CREATE TYPE "public"."enum_deliveries_flag" AS ENUM('bip_withdrawn');
  CREATE TYPE "public"."enum_delivery_attempts_outcome" AS ENUM('sent', 'already_sent', 'retry', 'wait', 'needs_action', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDuePosts', 'fanoutDeliver', 'fanoutSweep', 'bipUrlCheck');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDuePosts', 'fanoutDeliver', 'fanoutSweep', 'bipUrlCheck');
  CREATE TABLE "posts_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_posts_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "posts_approval_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"decision" "enum_posts_approval_log_decision" NOT NULL,
  	"from" "enum_posts_approval_log_from",
  	"to" "enum_posts_approval_log_to",
  	"comment" varchar
  );
  
  CREATE TABLE "posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"lead" varchar,
  	"body" jsonb,
  	"unit_id" integer NOT NULL,
  	"category" "enum_posts_category" NOT NULL,
  	"information_type" "enum_posts_information_type" DEFAULT 'local_news' NOT NULL,
  	"bip_reference_id" integer,
  	"slug" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"workflow_state" "enum_posts_workflow_state" DEFAULT 'draft' NOT NULL,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"fanout_sync" "enum_posts_fanout_sync",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_posts_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__posts_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_posts_v_version_approval_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"decision" "enum__posts_v_version_approval_log_decision" NOT NULL,
  	"from" "enum__posts_v_version_approval_log_from",
  	"to" "enum__posts_v_version_approval_log_to",
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"version_unit_id" integer NOT NULL,
  	"version_category" "enum__posts_v_version_category" NOT NULL,
  	"version_information_type" "enum__posts_v_version_information_type" DEFAULT 'local_news' NOT NULL,
  	"version_bip_reference_id" integer,
  	"version_slug" varchar,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_workflow_state" "enum__posts_v_version_workflow_state" DEFAULT 'draft' NOT NULL,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_fanout_sync" "enum__posts_v_version_fanout_sync",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_posts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "bip_references_change_register" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"what" varchar NOT NULL
  );
  
  CREATE TABLE "bip_references" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"case_reference" varchar,
  	"producing_unit_id" integer NOT NULL,
  	"produced_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"responsible_person" varchar,
  	"state" "enum_bip_references_state" DEFAULT 'draft' NOT NULL,
  	"entered_by_id" integer,
  	"last_check_checked_at" timestamp(3) with time zone,
  	"last_check_http_status" numeric,
  	"last_check_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_fanpage_url" varchar,
  	"sizes_fanpage_width" numeric,
  	"sizes_fanpage_height" numeric,
  	"sizes_fanpage_mime_type" varchar,
  	"sizes_fanpage_filesize" numeric,
  	"sizes_fanpage_filename" varchar,
  	"sizes_square_url" varchar,
  	"sizes_square_width" numeric,
  	"sizes_square_height" numeric,
  	"sizes_square_mime_type" varchar,
  	"sizes_square_filesize" numeric,
  	"sizes_square_filename" varchar,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_webp_url" varchar,
  	"sizes_webp_width" numeric,
  	"sizes_webp_height" numeric,
  	"sizes_webp_mime_type" varchar,
  	"sizes_webp_filesize" numeric,
  	"sizes_webp_filename" varchar
  );
  
  CREATE TABLE "discussion_rules_governs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_discussion_rules_governs_platform",
  	"name" varchar,
  	"url" varchar,
  	"unit_id" integer,
  	"personal_profile_used_officially" boolean DEFAULT false
  );
  
  CREATE TABLE "discussion_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"operator" varchar,
  	"funding_publicly_funded" boolean DEFAULT false,
  	"funding_amount" numeric,
  	"funding_period" varchar,
  	"funding_details" varchar,
  	"rules" jsonb,
  	"moderation_documentation" varchar,
  	"complaints_how_to" varchar,
  	"complaints_email" varchar,
  	"complaints_url" varchar,
  	"effective_from" timestamp(3) with time zone,
  	"version" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_discussion_rules_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_discussion_rules_v_version_governs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__discussion_rules_v_version_governs_platform",
  	"name" varchar,
  	"url" varchar,
  	"unit_id" integer,
  	"personal_profile_used_officially" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_discussion_rules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_operator" varchar,
  	"version_funding_publicly_funded" boolean DEFAULT false,
  	"version_funding_amount" numeric,
  	"version_funding_period" varchar,
  	"version_funding_details" varchar,
  	"version_rules" jsonb,
  	"version_moderation_documentation" varchar,
  	"version_complaints_how_to" varchar,
  	"version_complaints_email" varchar,
  	"version_complaints_url" varchar,
  	"version_effective_from" timestamp(3) with time zone,
  	"version_version" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__discussion_rules_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "units_default_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_units_default_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "units_official_profiles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_units_official_profiles_platform" NOT NULL,
  	"handle" varchar,
  	"url" varchar NOT NULL,
  	"verified" boolean DEFAULT false,
  	"since" timestamp(3) with time zone,
  	"until" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"kind" "enum_units_kind" NOT NULL,
  	"parent_id" integer,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_address" varchar,
  	"trusted" boolean DEFAULT false,
  	"approval_levels" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"position" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "channel_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_channel_accounts_kind" NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"fanpage_page_id" varchar,
  	"fanpage_page_token_set" boolean,
  	"fanpage_page_token_sealed" varchar,
  	"group_mode" "enum_channel_accounts_group_mode" DEFAULT 'handoff',
  	"group_group_url" varchar,
  	"group_webhook_url" varchar,
  	"group_webhook_secret_set" boolean,
  	"group_webhook_secret_sealed" varchar,
  	"status_state" "enum_channel_accounts_status_state" DEFAULT 'ok',
  	"status_reason" varchar,
  	"status_since" timestamp(3) with time zone,
  	"status_throttle_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"post_id" integer NOT NULL,
  	"unit_id" integer,
  	"channel" "enum_deliveries_channel" NOT NULL,
  	"account_id" integer,
  	"state" "enum_deliveries_state" NOT NULL,
  	"reason" varchar,
  	"priority" numeric DEFAULT 1,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"lease_until" timestamp(3) with time zone,
  	"queued_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"last_error_code" varchar,
  	"external_id" varchar,
  	"external_url" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"text" varchar,
  	"payload" jsonb,
  	"lint" jsonb,
  	"flag" "enum_deliveries_flag",
  	"taken_down_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "delivery_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"delivery_id" integer NOT NULL,
  	"number" numeric NOT NULL,
  	"worker" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"outcome" "enum_delivery_attempts_outcome",
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"posts_id" integer,
  	"bip_references_id" integer,
  	"media_id" integer,
  	"discussion_rules_id" integer,
  	"units_id" integer,
  	"users_id" integer,
  	"channel_accounts_id" integer,
  	"deliveries_id" integer,
  	"delivery_attempts_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "posts_channels" ADD CONSTRAINT "posts_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_approval_log" ADD CONSTRAINT "posts_approval_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_approval_log" ADD CONSTRAINT "posts_approval_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_bip_reference_id_bip_references_id_fk" FOREIGN KEY ("bip_reference_id") REFERENCES "public"."bip_references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_channels" ADD CONSTRAINT "_posts_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_approval_log" ADD CONSTRAINT "_posts_v_version_approval_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_version_approval_log" ADD CONSTRAINT "_posts_v_version_approval_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_parent_id_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_bip_reference_id_bip_references_id_fk" FOREIGN KEY ("version_bip_reference_id") REFERENCES "public"."bip_references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bip_references_change_register" ADD CONSTRAINT "bip_references_change_register_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bip_references_change_register" ADD CONSTRAINT "bip_references_change_register_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bip_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bip_references" ADD CONSTRAINT "bip_references_producing_unit_id_units_id_fk" FOREIGN KEY ("producing_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bip_references" ADD CONSTRAINT "bip_references_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "discussion_rules_governs" ADD CONSTRAINT "discussion_rules_governs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "discussion_rules_governs" ADD CONSTRAINT "discussion_rules_governs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."discussion_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_discussion_rules_v_version_governs" ADD CONSTRAINT "_discussion_rules_v_version_governs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_discussion_rules_v_version_governs" ADD CONSTRAINT "_discussion_rules_v_version_governs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_discussion_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_discussion_rules_v" ADD CONSTRAINT "_discussion_rules_v_parent_id_discussion_rules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."discussion_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_default_channels" ADD CONSTRAINT "units_default_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_official_profiles" ADD CONSTRAINT "units_official_profiles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_account_id_channel_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bip_references_fk" FOREIGN KEY ("bip_references_id") REFERENCES "public"."bip_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_discussion_rules_fk" FOREIGN KEY ("discussion_rules_id") REFERENCES "public"."discussion_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_attempts_fk" FOREIGN KEY ("delivery_attempts_id") REFERENCES "public"."delivery_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_channels_order_idx" ON "posts_channels" USING btree ("order");
  CREATE INDEX "posts_channels_parent_idx" ON "posts_channels" USING btree ("parent_id");
  CREATE INDEX "posts_approval_log_order_idx" ON "posts_approval_log" USING btree ("_order");
  CREATE INDEX "posts_approval_log_parent_id_idx" ON "posts_approval_log" USING btree ("_parent_id");
  CREATE INDEX "posts_approval_log_by_idx" ON "posts_approval_log" USING btree ("by_id");
  CREATE INDEX "posts_unit_idx" ON "posts" USING btree ("unit_id");
  CREATE INDEX "posts_category_idx" ON "posts" USING btree ("category");
  CREATE INDEX "posts_information_type_idx" ON "posts" USING btree ("information_type");
  CREATE INDEX "posts_bip_reference_idx" ON "posts" USING btree ("bip_reference_id");
  CREATE UNIQUE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "posts_publish_at_idx" ON "posts" USING btree ("publish_at");
  CREATE INDEX "posts_workflow_state_idx" ON "posts" USING btree ("workflow_state");
  CREATE INDEX "posts_author_idx" ON "posts" USING btree ("author_id");
  CREATE INDEX "posts_published_at_idx" ON "posts" USING btree ("published_at");
  CREATE INDEX "posts_fanout_sync_idx" ON "posts" USING btree ("fanout_sync");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE INDEX "posts_rels_order_idx" ON "posts_rels" USING btree ("order");
  CREATE INDEX "posts_rels_parent_idx" ON "posts_rels" USING btree ("parent_id");
  CREATE INDEX "posts_rels_path_idx" ON "posts_rels" USING btree ("path");
  CREATE INDEX "posts_rels_media_id_idx" ON "posts_rels" USING btree ("media_id");
  CREATE INDEX "_posts_v_version_channels_order_idx" ON "_posts_v_version_channels" USING btree ("order");
  CREATE INDEX "_posts_v_version_channels_parent_idx" ON "_posts_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_approval_log_order_idx" ON "_posts_v_version_approval_log" USING btree ("_order");
  CREATE INDEX "_posts_v_version_approval_log_parent_id_idx" ON "_posts_v_version_approval_log" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_version_approval_log_by_idx" ON "_posts_v_version_approval_log" USING btree ("by_id");
  CREATE INDEX "_posts_v_parent_idx" ON "_posts_v" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_version_unit_idx" ON "_posts_v" USING btree ("version_unit_id");
  CREATE INDEX "_posts_v_version_version_category_idx" ON "_posts_v" USING btree ("version_category");
  CREATE INDEX "_posts_v_version_version_information_type_idx" ON "_posts_v" USING btree ("version_information_type");
  CREATE INDEX "_posts_v_version_version_bip_reference_idx" ON "_posts_v" USING btree ("version_bip_reference_id");
  CREATE INDEX "_posts_v_version_version_slug_idx" ON "_posts_v" USING btree ("version_slug");
  CREATE INDEX "_posts_v_version_version_publish_at_idx" ON "_posts_v" USING btree ("version_publish_at");
  CREATE INDEX "_posts_v_version_version_workflow_state_idx" ON "_posts_v" USING btree ("version_workflow_state");
  CREATE INDEX "_posts_v_version_version_author_idx" ON "_posts_v" USING btree ("version_author_id");
  CREATE INDEX "_posts_v_version_version_published_at_idx" ON "_posts_v" USING btree ("version_published_at");
  CREATE INDEX "_posts_v_version_version_fanout_sync_idx" ON "_posts_v" USING btree ("version_fanout_sync");
  CREATE INDEX "_posts_v_version_version_updated_at_idx" ON "_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_posts_v_version_version_created_at_idx" ON "_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_posts_v_created_at_idx" ON "_posts_v" USING btree ("created_at");
  CREATE INDEX "_posts_v_updated_at_idx" ON "_posts_v" USING btree ("updated_at");
  CREATE INDEX "_posts_v_rels_order_idx" ON "_posts_v_rels" USING btree ("order");
  CREATE INDEX "_posts_v_rels_parent_idx" ON "_posts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_posts_v_rels_path_idx" ON "_posts_v_rels" USING btree ("path");
  CREATE INDEX "_posts_v_rels_media_id_idx" ON "_posts_v_rels" USING btree ("media_id");
  CREATE INDEX "bip_references_change_register_order_idx" ON "bip_references_change_register" USING btree ("_order");
  CREATE INDEX "bip_references_change_register_parent_id_idx" ON "bip_references_change_register" USING btree ("_parent_id");
  CREATE INDEX "bip_references_change_register_by_idx" ON "bip_references_change_register" USING btree ("by_id");
  CREATE INDEX "bip_references_url_idx" ON "bip_references" USING btree ("url");
  CREATE INDEX "bip_references_case_reference_idx" ON "bip_references" USING btree ("case_reference");
  CREATE INDEX "bip_references_producing_unit_idx" ON "bip_references" USING btree ("producing_unit_id");
  CREATE INDEX "bip_references_state_idx" ON "bip_references" USING btree ("state");
  CREATE INDEX "bip_references_entered_by_idx" ON "bip_references" USING btree ("entered_by_id");
  CREATE INDEX "bip_references_updated_at_idx" ON "bip_references" USING btree ("updated_at");
  CREATE INDEX "bip_references_created_at_idx" ON "bip_references" USING btree ("created_at");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_fanpage_sizes_fanpage_filename_idx" ON "media" USING btree ("sizes_fanpage_filename");
  CREATE INDEX "media_sizes_square_sizes_square_filename_idx" ON "media" USING btree ("sizes_square_filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_webp_sizes_webp_filename_idx" ON "media" USING btree ("sizes_webp_filename");
  CREATE INDEX "discussion_rules_governs_order_idx" ON "discussion_rules_governs" USING btree ("_order");
  CREATE INDEX "discussion_rules_governs_parent_id_idx" ON "discussion_rules_governs" USING btree ("_parent_id");
  CREATE INDEX "discussion_rules_governs_unit_idx" ON "discussion_rules_governs" USING btree ("unit_id");
  CREATE UNIQUE INDEX "discussion_rules_slug_idx" ON "discussion_rules" USING btree ("slug");
  CREATE INDEX "discussion_rules_updated_at_idx" ON "discussion_rules" USING btree ("updated_at");
  CREATE INDEX "discussion_rules_created_at_idx" ON "discussion_rules" USING btree ("created_at");
  CREATE INDEX "discussion_rules__status_idx" ON "discussion_rules" USING btree ("_status");
  CREATE INDEX "_discussion_rules_v_version_governs_order_idx" ON "_discussion_rules_v_version_governs" USING btree ("_order");
  CREATE INDEX "_discussion_rules_v_version_governs_parent_id_idx" ON "_discussion_rules_v_version_governs" USING btree ("_parent_id");
  CREATE INDEX "_discussion_rules_v_version_governs_unit_idx" ON "_discussion_rules_v_version_governs" USING btree ("unit_id");
  CREATE INDEX "_discussion_rules_v_parent_idx" ON "_discussion_rules_v" USING btree ("parent_id");
  CREATE INDEX "_discussion_rules_v_version_version_slug_idx" ON "_discussion_rules_v" USING btree ("version_slug");
  CREATE INDEX "_discussion_rules_v_version_version_updated_at_idx" ON "_discussion_rules_v" USING btree ("version_updated_at");
  CREATE INDEX "_discussion_rules_v_version_version_created_at_idx" ON "_discussion_rules_v" USING btree ("version_created_at");
  CREATE INDEX "_discussion_rules_v_version_version__status_idx" ON "_discussion_rules_v" USING btree ("version__status");
  CREATE INDEX "_discussion_rules_v_created_at_idx" ON "_discussion_rules_v" USING btree ("created_at");
  CREATE INDEX "_discussion_rules_v_updated_at_idx" ON "_discussion_rules_v" USING btree ("updated_at");
  CREATE INDEX "_discussion_rules_v_latest_idx" ON "_discussion_rules_v" USING btree ("latest");
  CREATE INDEX "units_default_channels_order_idx" ON "units_default_channels" USING btree ("order");
  CREATE INDEX "units_default_channels_parent_idx" ON "units_default_channels" USING btree ("parent_id");
  CREATE INDEX "units_official_profiles_order_idx" ON "units_official_profiles" USING btree ("_order");
  CREATE INDEX "units_official_profiles_parent_id_idx" ON "units_official_profiles" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "units_slug_idx" ON "units" USING btree ("slug");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_units_id_idx" ON "users_rels" USING btree ("units_id");
  CREATE INDEX "channel_accounts_updated_at_idx" ON "channel_accounts" USING btree ("updated_at");
  CREATE INDEX "channel_accounts_created_at_idx" ON "channel_accounts" USING btree ("created_at");
  CREATE UNIQUE INDEX "deliveries_key_idx" ON "deliveries" USING btree ("key");
  CREATE INDEX "deliveries_post_idx" ON "deliveries" USING btree ("post_id");
  CREATE INDEX "deliveries_unit_idx" ON "deliveries" USING btree ("unit_id");
  CREATE INDEX "deliveries_channel_idx" ON "deliveries" USING btree ("channel");
  CREATE INDEX "deliveries_account_idx" ON "deliveries" USING btree ("account_id");
  CREATE INDEX "deliveries_state_idx" ON "deliveries" USING btree ("state");
  CREATE INDEX "deliveries_priority_idx" ON "deliveries" USING btree ("priority");
  CREATE INDEX "deliveries_next_attempt_at_idx" ON "deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "deliveries_external_id_idx" ON "deliveries" USING btree ("external_id");
  CREATE INDEX "deliveries_sent_at_idx" ON "deliveries" USING btree ("sent_at");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "delivery_attempts_key_idx" ON "delivery_attempts" USING btree ("key");
  CREATE INDEX "delivery_attempts_delivery_idx" ON "delivery_attempts" USING btree ("delivery_id");
  CREATE INDEX "delivery_attempts_updated_at_idx" ON "delivery_attempts" USING btree ("updated_at");
  CREATE INDEX "delivery_attempts_created_at_idx" ON "delivery_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("posts_id");
  CREATE INDEX "payload_locked_documents_rels_bip_references_id_idx" ON "payload_locked_documents_rels" USING btree ("bip_references_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_discussion_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("discussion_rules_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_channel_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_delivery_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("delivery_attempts_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "posts_channels" CASCADE;
  DROP TABLE "posts_approval_log" CASCADE;
  DROP TABLE "posts" CASCADE;
  DROP TABLE "posts_rels" CASCADE;
  DROP TABLE "_posts_v_version_channels" CASCADE;
  DROP TABLE "_posts_v_version_approval_log" CASCADE;
  DROP TABLE "_posts_v" CASCADE;
  DROP TABLE "_posts_v_rels" CASCADE;
  DROP TABLE "bip_references_change_register" CASCADE;
  DROP TABLE "bip_references" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "discussion_rules_governs" CASCADE;
  DROP TABLE "discussion_rules" CASCADE;
  DROP TABLE "_discussion_rules_v_version_governs" CASCADE;
  DROP TABLE "_discussion_rules_v" CASCADE;
  DROP TABLE "units_default_channels" CASCADE;
  DROP TABLE "units_official_profiles" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "channel_accounts" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "delivery_attempts" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_posts_channels";
  DROP TYPE "public"."enum_posts_approval_log_decision";
  DROP TYPE "public"."enum_posts_approval_log_from";
  DROP TYPE "public"."enum_posts_approval_log_to";
  DROP TYPE "public"."enum_posts_category";
  DROP TYPE "public"."enum_posts_information_type";
  DROP TYPE "public"."enum_posts_workflow_state";
  DROP TYPE "public"."enum_posts_fanout_sync";
  DROP TYPE "public"."enum__posts_v_version_channels";
  DROP TYPE "public"."enum__posts_v_version_approval_log_decision";
  DROP TYPE "public"."enum__posts_v_version_approval_log_from";
  DROP TYPE "public"."enum__posts_v_version_approval_log_to";
  DROP TYPE "public"."enum__posts_v_version_category";
  DROP TYPE "public"."enum__posts_v_version_information_type";
  DROP TYPE "public"."enum__posts_v_version_workflow_state";
  DROP TYPE "public"."enum__posts_v_version_fanout_sync";
  DROP TYPE "public"."enum_bip_references_state";
  DROP TYPE "public"."enum_discussion_rules_governs_platform";
  DROP TYPE "public"."enum_discussion_rules_status";
  DROP TYPE "public"."enum__discussion_rules_v_version_governs_platform";
  DROP TYPE "public"."enum__discussion_rules_v_version_status";
  DROP TYPE "public"."enum_units_default_channels";
  DROP TYPE "public"."enum_units_official_profiles_platform";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_channel_accounts_kind";
  DROP TYPE "public"."enum_channel_accounts_group_mode";
  DROP TYPE "public"."enum_channel_accounts_status_state";
  DROP TYPE "public"."enum_deliveries_channel";
  DROP TYPE "public"."enum_deliveries_state";
  DROP TYPE "public"."enum_deliveries_flag";
  DROP TYPE "public"."enum_delivery_attempts_outcome";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
