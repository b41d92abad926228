import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "channel_copy_fanpage" varchar;
  ALTER TABLE "posts" ADD COLUMN "channel_copy_group" varchar;
  ALTER TABLE "posts" ADD COLUMN "channel_copy_newsletter" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_channel_copy_fanpage" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_channel_copy_group" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_channel_copy_newsletter" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" DROP COLUMN "channel_copy_fanpage";
  ALTER TABLE "posts" DROP COLUMN "channel_copy_group";
  ALTER TABLE "posts" DROP COLUMN "channel_copy_newsletter";
  ALTER TABLE "_posts_v" DROP COLUMN "version_channel_copy_fanpage";
  ALTER TABLE "_posts_v" DROP COLUMN "version_channel_copy_group";
  ALTER TABLE "_posts_v" DROP COLUMN "version_channel_copy_newsletter";`)
}
