import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`accessibility_statement_non_compliant\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text NOT NULL,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`accessibility_statement\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accessibility_statement_non_compliant_order_idx\` ON \`accessibility_statement_non_compliant\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`accessibility_statement_non_compliant_parent_id_idx\` ON \`accessibility_statement_non_compliant\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accessibility_statement_exemptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`accessibility_statement\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accessibility_statement_exemptions_order_idx\` ON \`accessibility_statement_exemptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`accessibility_statement_exemptions_parent_id_idx\` ON \`accessibility_statement_exemptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accessibility_statement\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`entity_name\` text,
  	\`site_url\` text,
  	\`site_published_on\` text,
  	\`site_updated_on\` text,
  	\`status\` text DEFAULT 'partially_compliant' NOT NULL,
  	\`prepared_on\` text NOT NULL,
  	\`reviewed_on\` text,
  	\`assessment_method\` text DEFAULT 'self_assessment' NOT NULL,
  	\`auditor\` text,
  	\`contact_person\` text NOT NULL,
  	\`contact_email\` text NOT NULL,
  	\`contact_phone\` text NOT NULL,
  	\`office_address\` text,
  	\`architecture\` text,
  	\`sign_language\` text,
  	\`apps\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`accessibility_statement_non_compliant\`;`)
  await db.run(sql`DROP TABLE \`accessibility_statement_exemptions\`;`)
  await db.run(sql`DROP TABLE \`accessibility_statement\`;`)
}
