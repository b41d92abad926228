import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_channel_accounts_bip_withdrawal" AS ENUM('task', 'takedown');
  CREATE TYPE "public"."enum_deliveries_withdrawal" AS ENUM('takedown', 'task');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'withdrawal_task';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'fanoutTakeDown' BEFORE 'rssRefresh';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'fanoutTakeDown' BEFORE 'rssRefresh';
  ALTER TABLE "channel_accounts" ADD COLUMN "bip_withdrawal" "enum_channel_accounts_bip_withdrawal" DEFAULT 'task';
  ALTER TABLE "deliveries" ADD COLUMN "withdrawal" "enum_deliveries_withdrawal";
  CREATE INDEX "deliveries_withdrawal_idx" ON "deliveries" USING btree ("withdrawal");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('submitted', 'changes_requested', 'approved', 'published', 'failed', 'handoff', 'channel_needs_action');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDuePosts', 'moderationWork', 'fanoutDeliver', 'rssRefresh', 'newsletterBatch', 'newsletterMaintenance', 'fanoutSweep', 'bipUrlCheck', 'fanoutReach', 'bipWatchPoll', 'notificationEmail', 'notificationDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDuePosts', 'moderationWork', 'fanoutDeliver', 'rssRefresh', 'newsletterBatch', 'newsletterMaintenance', 'fanoutSweep', 'bipUrlCheck', 'fanoutReach', 'bipWatchPoll', 'notificationEmail', 'notificationDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "deliveries_withdrawal_idx";
  ALTER TABLE "channel_accounts" DROP COLUMN "bip_withdrawal";
  ALTER TABLE "deliveries" DROP COLUMN "withdrawal";
  DROP TYPE "public"."enum_channel_accounts_bip_withdrawal";
  DROP TYPE "public"."enum_deliveries_withdrawal";`)
}
