import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'bipWatchPoll' BEFORE 'notificationEmail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'bipWatchPoll' BEFORE 'notificationEmail';
  CREATE TABLE "bip_sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"feed_url" varchar,
  	"feed_complete" boolean DEFAULT false,
  	"sitemap_url" varchar,
  	"enabled" boolean DEFAULT true,
  	"import_new" boolean DEFAULT true,
  	"health_last_poll_at" timestamp(3) with time zone,
  	"health_last_success_at" timestamp(3) with time zone,
  	"health_last_error_at" timestamp(3) with time zone,
  	"health_last_error" varchar,
  	"health_validators" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_seen_at" timestamp(3) with time zone;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_verified_at" timestamp(3) with time zone;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_seen_via" varchar;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_source_id" integer;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_checked_at" timestamp(3) with time zone;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_listed_updated_at" timestamp(3) with time zone;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_not_found_strikes" numeric DEFAULT 0;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_note" varchar;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_metryczka_shared_by" varchar;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_metryczka_produced_by" varchar;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_metryczka_produced_at" timestamp(3) with time zone;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_metryczka_entered_by" varchar;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_metryczka_published_at" timestamp(3) with time zone;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_metryczka_responsible" varchar;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_metryczka_modified_at" timestamp(3) with time zone;
  ALTER TABLE "bip_references" ADD COLUMN "bip_watch_metryczka_modified_by" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bip_sources_id" integer;
  ALTER TABLE "bip_sources" ADD CONSTRAINT "bip_sources_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "bip_sources_unit_idx" ON "bip_sources" USING btree ("unit_id");
  CREATE INDEX "bip_sources_updated_at_idx" ON "bip_sources" USING btree ("updated_at");
  CREATE INDEX "bip_sources_created_at_idx" ON "bip_sources" USING btree ("created_at");
  ALTER TABLE "bip_references" ADD CONSTRAINT "bip_references_bip_watch_source_id_bip_sources_id_fk" FOREIGN KEY ("bip_watch_source_id") REFERENCES "public"."bip_sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bip_sources_fk" FOREIGN KEY ("bip_sources_id") REFERENCES "public"."bip_sources"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "bip_references_bip_watch_bip_watch_source_idx" ON "bip_references" USING btree ("bip_watch_source_id");
  CREATE INDEX "payload_locked_documents_rels_bip_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("bip_sources_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "bip_sources" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "bip_sources" CASCADE;
  ALTER TABLE "bip_references" DROP CONSTRAINT "bip_references_bip_watch_source_id_bip_sources_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bip_sources_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDuePosts', 'moderationWork', 'fanoutDeliver', 'rssRefresh', 'newsletterBatch', 'newsletterMaintenance', 'fanoutSweep', 'bipUrlCheck', 'fanoutReach', 'notificationEmail', 'notificationDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDuePosts', 'moderationWork', 'fanoutDeliver', 'rssRefresh', 'newsletterBatch', 'newsletterMaintenance', 'fanoutSweep', 'bipUrlCheck', 'fanoutReach', 'notificationEmail', 'notificationDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "bip_references_bip_watch_bip_watch_source_idx";
  DROP INDEX "payload_locked_documents_rels_bip_sources_id_idx";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_seen_at";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_verified_at";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_seen_via";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_source_id";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_checked_at";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_listed_updated_at";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_not_found_strikes";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_note";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_metryczka_shared_by";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_metryczka_produced_by";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_metryczka_produced_at";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_metryczka_entered_by";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_metryczka_published_at";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_metryczka_responsible";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_metryczka_modified_at";
  ALTER TABLE "bip_references" DROP COLUMN "bip_watch_metryczka_modified_by";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bip_sources_id";`)
}
