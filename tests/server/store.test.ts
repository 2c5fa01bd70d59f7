/** The store's contract on SQLite, the default: one file under a temporary data directory. */
import { join } from 'node:path';
import { sqliteStore } from '../../src/server/store/sqlite';
import { tempDirs } from './client';
import { storeContract } from './storeContract';

const dirs = tempDirs();
storeContract('SQLite', async () => sqliteStore(join(dirs.data, 'kuril.db')));
