import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_accessibility_statement_status" AS ENUM('compliant', 'partially_compliant', 'non_compliant');
  CREATE TYPE "public"."enum_accessibility_statement_assessment_method" AS ENUM('self_assessment', 'external');
  CREATE TABLE "accessibility_statement_non_compliant" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL,
  	"reason" varchar
  );
  
  CREATE TABLE "accessibility_statement_exemptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL
  );
  
  CREATE TABLE "accessibility_statement" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity_name" varchar,
  	"site_url" varchar,
  	"site_published_on" timestamp(3) with time zone,
  	"site_updated_on" timestamp(3) with time zone,
  	"status" "enum_accessibility_statement_status" DEFAULT 'partially_compliant' NOT NULL,
  	"prepared_on" timestamp(3) with time zone NOT NULL,
  	"reviewed_on" timestamp(3) with time zone,
  	"assessment_method" "enum_accessibility_statement_assessment_method" DEFAULT 'self_assessment' NOT NULL,
  	"auditor" varchar,
  	"contact_person" varchar NOT NULL,
  	"contact_email" varchar NOT NULL,
  	"contact_phone" varchar NOT NULL,
  	"office_address" varchar,
  	"architecture" varchar,
  	"sign_language" varchar,
  	"apps" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "accessibility_statement_non_compliant" ADD CONSTRAINT "accessibility_statement_non_compliant_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accessibility_statement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accessibility_statement_exemptions" ADD CONSTRAINT "accessibility_statement_exemptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accessibility_statement"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "accessibility_statement_non_compliant_order_idx" ON "accessibility_statement_non_compliant" USING btree ("_order");
  CREATE INDEX "accessibility_statement_non_compliant_parent_id_idx" ON "accessibility_statement_non_compliant" USING btree ("_parent_id");
  CREATE INDEX "accessibility_statement_exemptions_order_idx" ON "accessibility_statement_exemptions" USING btree ("_order");
  CREATE INDEX "accessibility_statement_exemptions_parent_id_idx" ON "accessibility_statement_exemptions" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "accessibility_statement_non_compliant" CASCADE;
  DROP TABLE "accessibility_statement_exemptions" CASCADE;
  DROP TABLE "accessibility_statement" CASCADE;
  DROP TYPE "public"."enum_accessibility_statement_status";
  DROP TYPE "public"."enum_accessibility_statement_assessment_method";`)
}
