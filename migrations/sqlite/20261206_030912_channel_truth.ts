import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`channel_accounts\` ADD \`bip_withdrawal\` text DEFAULT 'task';`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`withdrawal\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_withdrawal_idx\` ON \`deliveries\` (\`withdrawal\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`deliveries_withdrawal_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`withdrawal\`;`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` DROP COLUMN \`bip_withdrawal\`;`)
}
