import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { toProblem } from '../http/problem.js';

describe('a transaction the database rolled back to break a deadlock', () => {
  it('is a 503 DATA.RETRY with Retry-After, not a 500 (driver-shaped error, as Drizzle wraps it)', () => {
    const driver = Object.assign(new Error('deadlock detected'), { code: '40P01', severity: 'ERROR' });
    const wrapped = Object.assign(new Error('Failed query'), { cause: driver });
    expect(toProblem(wrapped)).toMatchObject({ status: 503, code: 'DATA.RETRY', retryAfter: 1 });
    const serialization = Object.assign(new Error('could not serialize'), { code: '40001', severity: 'ERROR' });
    expect(toProblem(serialization)).toMatchObject({ status: 503, code: 'DATA.RETRY' });
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('maps a real deadlock of two PostgreSQL transactions', async () => {
    const a = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    const b = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await Promise.all([a.connect(), b.connect()]);
    try {
      const key = Math.floor(Math.random() * 1e9);
      await a.query('begin');
      await b.query('begin');
      await a.query('select pg_advisory_xact_lock($1)', [key]);
      await b.query('select pg_advisory_xact_lock($1)', [key + 1]);
      // Each now waits for the other's lock: the server aborts one of them.
      const results = await Promise.allSettled([
        a.query('select pg_advisory_xact_lock($1)', [key + 1]),
        b.query('select pg_advisory_xact_lock($1)', [key]),
      ]);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(failed).toBeDefined();
      expect(toProblem(failed.reason)).toMatchObject({ status: 503, code: 'DATA.RETRY' });
    } finally {
      await Promise.allSettled([a.query('rollback'), b.query('rollback')]);
      await Promise.all([a.end(), b.end()]);
    }
  });
});
