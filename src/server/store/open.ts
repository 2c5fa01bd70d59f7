/**
 * Which store the server uses: PostgreSQL when DATABASE_URL is set,
 * otherwise SQLite in ./data/kuril.db (or DATA_DIR). Migrations run on open.
 */
import { join } from 'node:path';
import { postgresStore } from './postgres';
import { sqliteStore } from './sqlite';
import type { Store } from './types';

export interface StoreOptions {
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
}

export async function openStore(o: StoreOptions): Promise<Store> {
  const store = o.databaseUrl ? postgresStore(o.databaseUrl) : sqliteStore(join(o.dataDir ?? 'data', 'kuril.db'));
  await store.migrate();
  return store;
}
