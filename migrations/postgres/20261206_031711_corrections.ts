import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliveries_correction_action" AS ENUM('update', 'repost', 'update_event', 'handoff', 'rebuild', 'digest_entry');
  CREATE TYPE "public"."enum_post_corrections_state" AS ENUM('pending', 'approved', 'rejected');
  CREATE TABLE "post_corrections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"post_id" integer NOT NULL,
  	"unit_id" integer,
  	"state" "enum_post_corrections_state" DEFAULT 'pending' NOT NULL,
  	"comment" varchar,
  	"proposed_by_id" integer,
  	"proposed_at" timestamp(3) with time zone,
  	"decided_at" timestamp(3) with time zone,
  	"changed" jsonb,
  	"previous" jsonb,
  	"proposed" jsonb,
  	"approvals" jsonb,
  	"plan" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "post_corrections_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "deliveries" ADD COLUMN "correction_id" integer;
  ALTER TABLE "deliveries" ADD COLUMN "correction_action" "enum_deliveries_correction_action";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "post_corrections_id" integer;
  ALTER TABLE "post_corrections" ADD CONSTRAINT "post_corrections_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_corrections" ADD CONSTRAINT "post_corrections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_corrections" ADD CONSTRAINT "post_corrections_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_corrections_rels" ADD CONSTRAINT "post_corrections_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."post_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "post_corrections_rels" ADD CONSTRAINT "post_corrections_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "post_corrections_post_idx" ON "post_corrections" USING btree ("post_id");
  CREATE INDEX "post_corrections_unit_idx" ON "post_corrections" USING btree ("unit_id");
  CREATE INDEX "post_corrections_state_idx" ON "post_corrections" USING btree ("state");
  CREATE INDEX "post_corrections_proposed_by_idx" ON "post_corrections" USING btree ("proposed_by_id");
  CREATE INDEX "post_corrections_updated_at_idx" ON "post_corrections" USING btree ("updated_at");
  CREATE INDEX "post_corrections_created_at_idx" ON "post_corrections" USING btree ("created_at");
  CREATE INDEX "post_corrections_rels_order_idx" ON "post_corrections_rels" USING btree ("order");
  CREATE INDEX "post_corrections_rels_parent_idx" ON "post_corrections_rels" USING btree ("parent_id");
  CREATE INDEX "post_corrections_rels_path_idx" ON "post_corrections_rels" USING btree ("path");
  CREATE INDEX "post_corrections_rels_users_id_idx" ON "post_corrections_rels" USING btree ("users_id");
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_correction_id_post_corrections_id_fk" FOREIGN KEY ("correction_id") REFERENCES "public"."post_corrections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_post_corrections_fk" FOREIGN KEY ("post_corrections_id") REFERENCES "public"."post_corrections"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "deliveries_correction_idx" ON "deliveries" USING btree ("correction_id");
  CREATE INDEX "payload_locked_documents_rels_post_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("post_corrections_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "post_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "post_corrections_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "post_corrections" CASCADE;
  DROP TABLE "post_corrections_rels" CASCADE;
  ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_correction_id_post_corrections_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_post_corrections_fk";
  
  DROP INDEX "deliveries_correction_idx";
  DROP INDEX "payload_locked_documents_rels_post_corrections_id_idx";
  ALTER TABLE "deliveries" DROP COLUMN "correction_id";
  ALTER TABLE "deliveries" DROP COLUMN "correction_action";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "post_corrections_id";
  DROP TYPE "public"."enum_deliveries_correction_action";
  DROP TYPE "public"."enum_post_corrections_state";`)
}
