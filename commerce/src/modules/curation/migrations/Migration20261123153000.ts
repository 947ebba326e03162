import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123153000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "curation_revision" ("id" text not null, "page" text not null, "featured_villages" text[] not null, "seasonal_festival" text null, "itineraries" text[] not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "curation_revision_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_curation_revision_page" ON "curation_revision" ("page") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_curation_revision_deleted_at" ON "curation_revision" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "curation_revision" cascade;`);
  }
}
