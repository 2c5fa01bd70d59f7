/**
 * Imported first by main.ts, before any module builds a zod schema: zod
 * decides when a schema is built whether to compile its parser with
 * `new Function`, and probing for that is an eval the game's Content
 * Security Policy refuses (and reports). Jitless parsing asks nothing of it.
 */
import { z } from 'zod';

z.config({ jitless: true });
