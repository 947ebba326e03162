import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "artisan_invite" drop constraint if exists "artisan_invite_token_hash_unique";`,
    );
    this.addSql(
      `create table if not exists "artisan_invite" ("id" text not null, "artisan_id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_invite_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_artisan_invite_artisan_id" ON "artisan_invite" ("artisan_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_invite_token_hash_unique" ON "artisan_invite" ("token_hash") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_artisan_invite_deleted_at" ON "artisan_invite" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "artisan_invite" cascade;`);
  }
}
