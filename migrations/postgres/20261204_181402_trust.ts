import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsletter_subscribers_bounce_history_kind" AS ENUM('hard', 'soft', 'delivered');
  ALTER TYPE "public"."enum_newsletter_campaigns_state" ADD VALUE 'needs_action' BEFORE 'done';
  CREATE TABLE "login_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "newsletter_subscribers_bounce_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"kind" "enum_newsletter_subscribers_bounce_history_kind",
  	"reply" varchar,
  	"decision" varchar
  );
  
  ALTER TABLE "newsletter_subscribers" ADD COLUMN "soft_bounce_days" numeric DEFAULT 0;
  ALTER TABLE "newsletter_campaigns" ADD COLUMN "hold_reason" varchar;
  ALTER TABLE "newsletter_campaigns" ADD COLUMN "hold_since" timestamp(3) with time zone;
  ALTER TABLE "newsletter_campaigns" ADD COLUMN "hold_check_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_recipients" ADD COLUMN "held_attempts" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "login_attempts_id" integer;
  ALTER TABLE "newsletter_subscribers_bounce_history" ADD CONSTRAINT "newsletter_subscribers_bounce_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "login_attempts_client_idx" ON "login_attempts" USING btree ("client");
  CREATE INDEX "login_attempts_at_idx" ON "login_attempts" USING btree ("at");
  CREATE INDEX "newsletter_subscribers_bounce_history_order_idx" ON "newsletter_subscribers_bounce_history" USING btree ("_order");
  CREATE INDEX "newsletter_subscribers_bounce_history_parent_id_idx" ON "newsletter_subscribers_bounce_history" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_login_attempts_fk" FOREIGN KEY ("login_attempts_id") REFERENCES "public"."login_attempts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "newsletter_campaigns_hold_hold_check_at_idx" ON "newsletter_campaigns" USING btree ("hold_check_at");
  CREATE INDEX "payload_locked_documents_rels_login_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("login_attempts_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "login_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_subscribers_bounce_history" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "login_attempts" CASCADE;
  DROP TABLE "newsletter_subscribers_bounce_history" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_login_attempts_fk";
  
  ALTER TABLE "newsletter_campaigns" ALTER COLUMN "state" SET DATA TYPE text;
  DROP TYPE "public"."enum_newsletter_campaigns_state";
  CREATE TYPE "public"."enum_newsletter_campaigns_state" AS ENUM('sending', 'done');
  ALTER TABLE "newsletter_campaigns" ALTER COLUMN "state" SET DATA TYPE "public"."enum_newsletter_campaigns_state" USING "state"::"public"."enum_newsletter_campaigns_state";
  DROP INDEX "newsletter_campaigns_hold_hold_check_at_idx";
  DROP INDEX "payload_locked_documents_rels_login_attempts_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "newsletter_subscribers" DROP COLUMN "soft_bounce_days";
  ALTER TABLE "newsletter_campaigns" DROP COLUMN "hold_reason";
  ALTER TABLE "newsletter_campaigns" DROP COLUMN "hold_since";
  ALTER TABLE "newsletter_campaigns" DROP COLUMN "hold_check_at";
  ALTER TABLE "newsletter_recipients" DROP COLUMN "held_attempts";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "login_attempts_id";
  DROP TYPE "public"."enum_newsletter_subscribers_bounce_history_kind";`)
}
