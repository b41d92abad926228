import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "dev_mailbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sent_at" timestamp(3) with time zone NOT NULL,
  	"to" varchar NOT NULL,
  	"from" varchar,
  	"subject" varchar,
  	"html" varchar,
  	"text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "units" ADD COLUMN "coat_of_arms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dev_mailbox_id" integer;
  CREATE INDEX "dev_mailbox_sent_at_idx" ON "dev_mailbox" USING btree ("sent_at");
  CREATE INDEX "dev_mailbox_updated_at_idx" ON "dev_mailbox" USING btree ("updated_at");
  CREATE INDEX "dev_mailbox_created_at_idx" ON "dev_mailbox" USING btree ("created_at");
  ALTER TABLE "units" ADD CONSTRAINT "units_coat_of_arms_id_media_id_fk" FOREIGN KEY ("coat_of_arms_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dev_mailbox_fk" FOREIGN KEY ("dev_mailbox_id") REFERENCES "public"."dev_mailbox"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "units_coat_of_arms_idx" ON "units" USING btree ("coat_of_arms_id");
  CREATE INDEX "payload_locked_documents_rels_dev_mailbox_id_idx" ON "payload_locked_documents_rels" USING btree ("dev_mailbox_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dev_mailbox" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dev_mailbox" CASCADE;
  ALTER TABLE "units" DROP CONSTRAINT "units_coat_of_arms_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dev_mailbox_fk";
  
  DROP INDEX "units_coat_of_arms_idx";
  DROP INDEX "payload_locked_documents_rels_dev_mailbox_id_idx";
  ALTER TABLE "units" DROP COLUMN "coat_of_arms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dev_mailbox_id";`)
}
