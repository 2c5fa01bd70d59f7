/**
 * PostgreSQL through `pg` (a pool), for several server processes sharing
 * one database (DATABASE_URL). The statements are the store's own, with
 * `?` placeholders rewritten to `$1, $2, …`; a transaction holds one pooled
 * connection until it ends.
 */
import pg from 'pg';
import { SqlStore, type Db, type Row } from './sqlStore';

const numbered = (sql: string): string => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

type Runner = Pick<pg.Pool | pg.PoolClient, 'query'>;

function over(runner: Runner, pool: pg.Pool): Db {
  const db: Db = {
    kind: 'postgres',
    run: async (sql, p = []) => {
      await runner.query(numbered(sql), [...p]);
    },
    all: async (sql, p = []) => (await runner.query(numbered(sql), [...p])).rows as Row[],
    tx: async (fn) => {
      if (runner !== pool) return fn(db);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(over(client, pool));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
    },
    isUniqueViolation: (e) => (e as { code?: string })?.code === '23505',
    close: () => pool.end(),
  };
  return db;
}

export function postgresDb(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return over(pool, pool);
}

export const postgresStore = (url: string): SqlStore => new SqlStore(postgresDb(url));
