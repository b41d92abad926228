import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_page_posts_kind" AS ENUM('herold', 'public_without_bip', 'public_with_bip', 'other');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pageWatchRead' BEFORE 'notificationEmail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pageWatchRead' BEFORE 'notificationEmail';
  CREATE TABLE "page_posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"post_id" varchar NOT NULL,
  	"page_id" varchar NOT NULL,
  	"message" varchar,
  	"created_time" timestamp(3) with time zone NOT NULL,
  	"permalink" varchar,
  	"delivery_id" integer,
  	"kind" "enum_page_posts_kind" NOT NULL,
  	"reason" varchar,
  	"gone_at" timestamp(3) with time zone,
  	"seen_in_pass" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "page_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"page_id" varchar NOT NULL,
  	"completed_through" timestamp(3) with time zone,
  	"pass_started_at" timestamp(3) with time zone,
  	"pass_since" timestamp(3) with time zone,
  	"pass_until" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_posts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_reads_id" integer;
  ALTER TABLE "page_posts" ADD CONSTRAINT "page_posts_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "page_posts_post_id_idx" ON "page_posts" USING btree ("post_id");
  CREATE INDEX "page_posts_page_id_idx" ON "page_posts" USING btree ("page_id");
  CREATE INDEX "page_posts_created_time_idx" ON "page_posts" USING btree ("created_time");
  CREATE INDEX "page_posts_delivery_idx" ON "page_posts" USING btree ("delivery_id");
  CREATE INDEX "page_posts_kind_idx" ON "page_posts" USING btree ("kind");
  CREATE INDEX "page_posts_updated_at_idx" ON "page_posts" USING btree ("updated_at");
  CREATE INDEX "page_posts_created_at_idx" ON "page_posts" USING btree ("created_at");
  CREATE UNIQUE INDEX "page_reads_page_id_idx" ON "page_reads" USING btree ("page_id");
  CREATE INDEX "page_reads_updated_at_idx" ON "page_reads" USING btree ("updated_at");
  CREATE INDEX "page_reads_created_at_idx" ON "page_reads" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_posts_fk" FOREIGN KEY ("page_posts_id") REFERENCES "public"."page_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_reads_fk" FOREIGN KEY ("page_reads_id") REFERENCES "public"."page_reads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_page_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("page_posts_id");
  CREATE INDEX "payload_locked_documents_rels_page_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("page_reads_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "page_posts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "page_reads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "page_posts" CASCADE;
  DROP TABLE "page_reads" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_page_posts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_page_reads_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDuePosts', 'moderationWork', 'fanoutDeliver', 'fanoutTakeDown', 'rssRefresh', 'newsletterBatch', 'newsletterMaintenance', 'fanoutSweep', 'bipUrlCheck', 'fanoutReach', 'bipWatchPoll', 'notificationEmail', 'notificationDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDuePosts', 'moderationWork', 'fanoutDeliver', 'fanoutTakeDown', 'rssRefresh', 'newsletterBatch', 'newsletterMaintenance', 'fanoutSweep', 'bipUrlCheck', 'fanoutReach', 'bipWatchPoll', 'notificationEmail', 'notificationDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_page_posts_id_idx";
  DROP INDEX "payload_locked_documents_rels_page_reads_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_posts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_reads_id";
  DROP TYPE "public"."enum_page_posts_kind";`)
}
