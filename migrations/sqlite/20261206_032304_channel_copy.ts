import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` ADD \`channel_copy_fanpage\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`channel_copy_group\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`channel_copy_newsletter\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_channel_copy_fanpage\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_channel_copy_group\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_channel_copy_newsletter\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`channel_copy_fanpage\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`channel_copy_group\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`channel_copy_newsletter\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_channel_copy_fanpage\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_channel_copy_group\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_channel_copy_newsletter\`;`)
}
