import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "trace_record" ("id" text not null, "kind" text check ("kind" in ('batch', 'piece')) not null, "product_id" text not null, "gtin" text not null, "lot" text null, "serial" text null, "makers" text[] not null, "village_handle" text not null, "ethnic_group" text check ("ethnic_group" in ('xo-dang', 'ba-na', 'gie-trieng', 'gia-rai', 'brau', 'ro-mam', 'hre')) null, "materials" jsonb not null, "batch_size" integer not null, "published_at" timestamptz null, "published_sequence" integer null, "published_head_hash" text null, "record_hash" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_record_pkey" primary key ("id"), constraint trace_record_key_matches_kind check ((kind = 'batch' AND lot IS NOT NULL AND serial IS NULL) OR (kind = 'piece' AND serial IS NOT NULL AND lot IS NULL AND batch_size = 1)), constraint trace_record_batch_size_positive check (batch_size > 0));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_record_product_id" ON "trace_record" ("product_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_record_gtin" ON "trace_record" ("gtin") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_record_village_handle" ON "trace_record" ("village_handle") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_record_gtin_lot_unique" ON "trace_record" ("gtin", "lot") WHERE lot IS NOT NULL AND deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_record_gtin_serial_unique" ON "trace_record" ("gtin", "serial") WHERE serial IS NOT NULL AND deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_record_deleted_at" ON "trace_record" ("deleted_at") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `create table if not exists "trace_event" ("id" text not null, "record_id" text not null, "sequence" integer not null, "type" text check ("type" in ('material_sourced', 'material_prepared', 'spun', 'dyed', 'woven', 'sewn', 'carved', 'forged', 'fired', 'assembled', 'finished', 'inspected', 'packed')) not null, "occurred_on" text not null, "place" jsonb not null, "description" jsonb not null, "recorded_by_type" text check ("recorded_by_type" in ('user', 'artisan', 'system')) not null, "recorded_by_id" text not null, "recorded_at" timestamptz not null, "prev_hash" text not null, "hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"), constraint trace_event_sequence_positive check (sequence > 0));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_event_record_id" ON "trace_event" ("record_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_record_sequence_unique" ON "trace_event" ("record_id", "sequence") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `alter table if exists "trace_event" add constraint "trace_event_record_id_foreign" foreign key ("record_id") references "trace_record" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table if not exists "mark" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('collective', 'certification', 'geographical_indication')) not null, "name" jsonb not null, "owner" text not null, "registration_number" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mark_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mark_handle_unique" ON "mark" ("handle") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mark_deleted_at" ON "mark" ("deleted_at") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `create table if not exists "mark_authorisation" ("id" text not null, "mark_id" text not null, "artisan_id" text not null, "valid_from" text not null, "valid_to" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mark_authorisation_pkey" primary key ("id"), constraint mark_authorisation_period check (valid_to IS NULL OR valid_to >= valid_from));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mark_authorisation_mark_id" ON "mark_authorisation" ("mark_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mark_authorisation_artisan_id" ON "mark_authorisation" ("artisan_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mark_authorisation_deleted_at" ON "mark_authorisation" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `alter table if exists "mark_authorisation" add constraint "mark_authorisation_mark_id_foreign" foreign key ("mark_id") references "mark" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "trace_event" drop constraint if exists "trace_event_record_id_foreign";`,
    );
    this.addSql(
      `alter table if exists "mark_authorisation" drop constraint if exists "mark_authorisation_mark_id_foreign";`,
    );
    this.addSql(`drop table if exists "trace_event" cascade;`);
    this.addSql(`drop table if exists "trace_record" cascade;`);
    this.addSql(`drop table if exists "mark_authorisation" cascade;`);
    this.addSql(`drop table if exists "mark" cascade;`);
  }
}
