/**
 * Plans kept per connection (planned-statements.ts), on PostgreSQL: the rows are those of the
 * statement run with bound parameters, whatever the values hold; a shape's plan is reused; a
 * connection keeps no more shapes than allowed.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlannedStatements } from '../planned-statements.js';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('planned statements (PostgreSQL)', () => {
  // One connection, so what the test reads of pg_prepared_statements is what the statements left.
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: url, max: 1 });
  });
  afterAll(() => pool?.end());

  const prepared = async () =>
    (
      await pool.query<{ name: string; runs: number }>(
        `select name, (generic_plans + custom_plans)::int as runs from pg_prepared_statements order by name`,
      )
    ).rows;

  it('answers what the statement answers with bound parameters, whatever the values hold', async () => {
    const plans = new PlannedStatements(pool);
    const text = `select $1::text as s, $2::float8 as f, $3::bigint::text as b, $4::boolean as t, $5::jsonb as j,
                         $6::uuid as u, $7::text is null as missing, $8::int as n`;
    const values = [
      `О'Брайен \\ «кирпич» $1 ''`,
      -55.75,
      9_007_199_254_740_993n,
      false,
      JSON.stringify({ strength: 'М150', quote: "it's" }),
      '0b7f5c1e-2f4a-4c1e-9d7b-3c5e8f9a1b2c',
      null,
      -3,
    ];
    const planned = await plans.rows(text, values);
    const bound = (
      await pool.query(
        text,
        values.map((v) => (typeof v === 'bigint' ? String(v) : v)),
      )
    ).rows;
    expect(planned).toEqual(bound);
    expect(planned![0]).toMatchObject({ s: `О'Брайен \\ «кирпич» $1 ''`, f: -55.75, b: '9007199254740993' });
  });

  it('plans a shape once per connection and runs it from that plan', async () => {
    const plans = new PlannedStatements(pool);
    const text = `select $1::int + 1 as n`;
    for (let i = 0; i < 7; i++) expect(await plans.rows(text, [i])).toEqual([{ n: i + 1 }]);
    const mine = (await prepared()).filter((p) => p.runs === 7);
    expect(mine).toHaveLength(1);
  });

  it('runs from the generic plan when asked, for that run only', async () => {
    await pool.query('deallocate all');
    const plans = new PlannedStatements(pool);
    const text = `select count(*)::int as n from generate_series(1, $1::int)`;
    expect(await plans.rows(text, [3], true)).toEqual([{ n: 3 }]);
    expect(await plans.rows(text, [4], true)).toEqual([{ n: 4 }]);
    const [counts] = (
      await pool.query<{ generic: number; custom: number }>(
        `select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements`,
      )
    ).rows;
    expect(counts).toEqual({ generic: 2, custom: 0 });
    // The setting ended with the run: the connection plans as before for anything else.
    expect((await pool.query(`show plan_cache_mode`)).rows).toEqual([{ plan_cache_mode: 'auto' }]);
  });

  it('drops a connection whose first run of a shape fails: what it holds is unknown, the next plans afresh', async () => {
    await pool.query('deallocate all');
    const plans = new PlannedStatements(pool);
    const pid = async () => (await pool.query<{ pid: number }>(`select pg_backend_pid() as pid`)).rows[0]!.pid;
    const before = await pid();
    const text = `select 10 / $1::int as n`;
    await expect(plans.rows(text, [0])).rejects.toThrow(/division by zero/);
    expect(await pid()).not.toBe(before);
    expect(await plans.rows(text, [5])).toEqual([{ n: 2 }]);
    // Once planned, a failing run keeps its connection and its plan.
    const kept = await pid();
    await expect(plans.rows(text, [0])).rejects.toThrow(/division by zero/);
    expect(await pid()).toBe(kept);
    expect(await prepared()).toHaveLength(1);
  });

  it('keeps no more shapes on a connection than allowed: the least recently used are dropped', async () => {
    await pool.query('deallocate all');
    const plans = new PlannedStatements(pool, 2);
    const shapes = [`select $1::int as a`, `select $1::int as b`, `select $1::int as c`];
    await plans.rows(shapes[0]!, [1]);
    await plans.rows(shapes[1]!, [1]);
    await plans.rows(shapes[0]!, [1]);
    // The third shape evicts the second, used less recently than the first.
    await plans.rows(shapes[2]!, [1]);
    await plans.rows(shapes[0]!, [1]);
    const names = (await prepared()).map((p) => p.name);
    expect(names).toHaveLength(2);
    // The first was run three times from one plan; the second shape's plan is gone.
    expect((await prepared()).map((p) => p.runs).sort()).toEqual([1, 3]);
  });

  it('gives up a connection lost under it, so the caller reads again elsewhere; the pool goes on', async () => {
    const plans = new PlannedStatements(pool);
    const dying = `select pg_terminate_backend(pg_backend_pid()) and $1::boolean as t`;
    expect(await plans.rows(dying, [true])).toBeUndefined();
    expect(await plans.rows(`select $1::int * 2 as n`, [21])).toEqual([{ n: 42 }]);
    // A statement that fails for itself fails as it would anyway.
    await expect(plans.rows(`select 1 / $1::int as n`, [0])).rejects.toThrow(/division by zero/);
    expect(await plans.rows(`select $1::int * 2 as n`, [2])).toEqual([{ n: 4 }]);
  });

  it('declines once when the connection lost its plans behind its back (DISCARD ALL, a pooler), then plans again', async () => {
    const plans = new PlannedStatements(pool);
    const text = `select $1::int - 1 as n`;
    expect(await plans.rows(text, [5])).toEqual([{ n: 4 }]);
    await pool.query('deallocate all');
    expect(await plans.rows(text, [5])).toBeUndefined();
    expect(await plans.rows(text, [7])).toEqual([{ n: 6 }]);
    expect(await prepared()).toHaveLength(1);
  });

  it('declines a value it cannot spell as the driver would, before taking a connection', async () => {
    const plans = new PlannedStatements(new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' }));
    expect(await plans.rows(`select $1::timestamptz as t`, [new Date()])).toBeUndefined();
    expect(await plans.rows(`select $1::float8 as f`, [Number.NaN])).toBeUndefined();
    // No connection: it declines too, and the caller runs the statement its own way.
    expect(await plans.rows(`select $1::int as n`, [1])).toBeUndefined();
  });
});
