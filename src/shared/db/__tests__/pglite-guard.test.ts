/**
 * A backend step that fails with something other than PostgreSQL's error jump (a WebAssembly
 * trap, say) ends the query with that error; unguarded, PGlite's loop would spin for ever.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { guardPgliteLoop } from '../pglite-guard.js';

let client: PGlite;
let trapNextStep = false;

beforeAll(async () => {
  client = await PGlite.create('memory://');
  const mod = (client as unknown as { mod: { _PostgresMainLoopOnce: () => void } }).mod;
  const step = mod._PostgresMainLoopOnce.bind(mod);
  mod._PostgresMainLoopOnce = () => {
    if (trapNextStep) {
      trapNextStep = false;
      // As WebAssembly reports a trap (a RuntimeError), not PostgreSQL's error jump.
      throw Object.assign(new Error('unreachable'), { name: 'RuntimeError' });
    }
    step();
  };
  guardPgliteLoop(client);
});
afterAll(() => client?.close());

it('a foreign failure rejects the query, and the next query runs', async () => {
  trapNextStep = true;
  await expect(client.query('select 1 as one')).rejects.toThrow('unreachable');
  expect((await client.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
});

it("PostgreSQL's own errors still come back as errors, and the backend goes on", async () => {
  await expect(client.query('select 1 / 0')).rejects.toThrow('division by zero');
  expect((await client.query<{ two: number }>('select 2 as two')).rows).toEqual([{ two: 2 }]);
});
