/**
 * `npm run serve`: the class server on PORT (default 8080). Settings from
 * the environment: HOST (default 0.0.0.0), DATA_DIR (SQLite, default
 * ./data), DATABASE_URL (PostgreSQL instead), REDIS_URL (several processes),
 * PUBLIC_ADDRESS (host:port this process is reached at), CLASS_TTL_HOURS.
 */
import { startGameServer } from '../server/server';

const env = process.env;
const port = Number(env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${env.PORT}"`);
  process.exit(2);
}
const ttlHours = env.CLASS_TTL_HOURS ? Number(env.CLASS_TTL_HOURS) : undefined;
if (ttlHours !== undefined && !(ttlHours > 0)) {
  console.error(`CLASS_TTL_HOURS must be a positive number of hours, not "${env.CLASS_TTL_HOURS}"`);
  process.exit(2);
}
const server = await startGameServer({
  port,
  host: env.HOST ?? '0.0.0.0',
  distDir: env.DIST_DIR ?? 'dist',
  dataDir: env.DATA_DIR ?? 'data',
  databaseUrl: env.DATABASE_URL || undefined,
  redisUrl: env.REDIS_URL || undefined,
  publicAddress: env.PUBLIC_ADDRESS || undefined,
  ...(ttlHours ? { classTtlMs: ttlHours * 3600_000 } : {}),
});
console.log(`class server on http://${env.HOST ?? '0.0.0.0'}:${server.port} (store: ${server.store.kind}${env.REDIS_URL ? ', Redis presence' : ''})`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
