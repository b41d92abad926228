import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_document_collection" ADD VALUE 'post-corrections';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "document_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_document_collection";
  CREATE TYPE "public"."enum_audit_log_document_collection" AS ENUM('posts', 'bip-references', 'deliveries', 'discussion-rules', 'moderation-entries', 'complaints', 'channel-accounts');
  ALTER TABLE "audit_log" ALTER COLUMN "document_collection" SET DATA TYPE "public"."enum_audit_log_document_collection" USING "document_collection"::"public"."enum_audit_log_document_collection";`)
}
