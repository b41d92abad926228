import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_newsletter_subscribers_bounce_history_kind" ADD VALUE 'complaint';
  ALTER TYPE "public"."enum_newsletter_subscribers_bounce_history_kind" ADD VALUE 'ignored';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'newsletterBounceMailbox' BEFORE 'fanoutSweep';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'newsletterBounceMailbox' BEFORE 'fanoutSweep';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_subscribers_bounce_history" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_newsletter_subscribers_bounce_history_kind";
  CREATE TYPE "public"."enum_newsletter_subscribers_bounce_history_kind" AS ENUM('hard', 'soft', 'delivered');
  ALTER TABLE "newsletter_subscribers_bounce_history" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_newsletter_subscribers_bounce_history_kind" USING "kind"::"public"."enum_newsletter_subscribers_bounce_history_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDuePosts', 'moderationWork', 'fanoutDeliver', 'fanoutTakeDown', 'rssRefresh', 'newsletterBatch', 'newsletterMaintenance', 'fanoutSweep', 'bipUrlCheck', 'fanoutReach', 'bipWatchPoll', 'pageWatchRead', 'notificationEmail', 'notificationDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDuePosts', 'moderationWork', 'fanoutDeliver', 'fanoutTakeDown', 'rssRefresh', 'newsletterBatch', 'newsletterMaintenance', 'fanoutSweep', 'bipUrlCheck', 'fanoutReach', 'bipWatchPoll', 'pageWatchRead', 'notificationEmail', 'notificationDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
