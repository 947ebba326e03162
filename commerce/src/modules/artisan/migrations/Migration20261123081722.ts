import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123081722 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_handle_unique";`);
    this.addSql(
      `create table if not exists "artisan" ("id" text not null, "handle" text not null, "display_name" text not null, "village_handle" text not null, "ethnic_group" text check ("ethnic_group" in ('xo-dang', 'ba-na', 'gie-trieng', 'gia-rai', 'brau', 'ro-mam', 'hre')) not null, "crafts" text[] not null, "title" text check ("title" in ('people-artisan', 'meritorious-artisan')) null, "bio" text not null, "photo_url" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_pkey" primary key ("id"), constraint artisan_crafts_known check (crafts <@ ARRAY['brocade-weaving','basketry','wood-carving','blacksmithing','musical-instruments','beadwork','pottery']::text[]));`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_handle_unique" ON "artisan" ("handle") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_artisan_village_handle" ON "artisan" ("village_handle") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_artisan_deleted_at" ON "artisan" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "artisan" cascade;`);
  }
}
