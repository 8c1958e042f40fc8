import type { Extension } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * Links each extension's library when PostgreSQL first calls into it, one at a time. PGlite's
 * default instantiates them all at start-up in parallel, and Emscripten's linker then now and
 * then left pg_trgm's address of its own `similarity` empty: its `%` trapped and the backend
 * broke (docs/adr/0002). `noWasmDecoding` keeps the preload plugin off the `.so` files.
 */
const linkOnDemand: Extension = {
  name: 'link-on-demand',
  setup: (_pg, emscriptenOpts: Record<string, unknown>) =>
    Promise.resolve({ emscriptenOpts: { ...emscriptenOpts, noWasmDecoding: true } }),
};

export const pgliteExtensions = { linkOnDemand, cube, earthdistance, pg_trgm };
