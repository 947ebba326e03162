import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123081723 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "craft_profile" ("id" text not null, "craft" text check ("craft" in ('brocade-weaving', 'basketry', 'wood-carving', 'blacksmithing', 'musical-instruments', 'beadwork', 'pottery')) not null, "ethnic_group" text check ("ethnic_group" in ('xo-dang', 'ba-na', 'gie-trieng', 'gia-rai', 'brau', 'ro-mam', 'hre')) null, "village_handle" text not null, "materials" jsonb not null, "days_to_make" integer null, "care_instructions" text null, "ocop_stars" integer null, "marks" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "craft_profile_pkey" primary key ("id"), constraint craft_profile_ocop_stars_range check (ocop_stars IS NULL OR ocop_stars BETWEEN 3 AND 5), constraint craft_profile_days_to_make_positive check (days_to_make IS NULL OR days_to_make > 0));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_craft_profile_craft" ON "craft_profile" ("craft") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_craft_profile_ethnic_group" ON "craft_profile" ("ethnic_group") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_craft_profile_village_handle" ON "craft_profile" ("village_handle") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_craft_profile_deleted_at" ON "craft_profile" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "craft_profile" cascade;`);
  }
}
