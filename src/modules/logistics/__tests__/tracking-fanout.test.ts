/**
 * Replicas (docs/domain.md, Tracking — live stream): a position posted to one app instance reaches
 * subscribers connected to another on the same PostgreSQL, through LISTEN/NOTIFY — two apps here,
 * each with its own pool and its own listening connection, as two processes would have. PGlite is
 * one process by nature, so this runs on PostgreSQL only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { openDatabase, type Database } from '../../../shared/db/database.js';
import { openEvents, openSocket, type LiveClient } from './live-client.js';
import { between, LOGISTICS, TrackingFixture } from './tracking-fixture.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const env = { ACCESS_TOKEN_TTL_SEC: '2592000' };

describe.skipIf(!onPostgres)('live fan-out across two app instances on one PostgreSQL', () => {
  let a: TestContext;
  let b: TestContext;
  let second: Database;
  let t: TrackingFixture;
  let baseB: string;
  const open: LiveClient[] = [];

  beforeAll(async () => {
    a = await createTestContext({ env });
    second = await openDatabase({ databaseUrl: a.database.pool!.options.connectionString!, poolSize: 5 });
    b = await createTestContext({ env, database: second });
    await b.app.listen({ host: '127.0.0.1', port: 0 });
    baseB = `127.0.0.1:${(b.app.server.address() as { port: number }).port}`;
    t = new TrackingFixture(a);
  });
  afterAll(async () => {
    for (const c of open) c.close();
    await b?.close();
    await second?.close();
    await a?.close();
  });

  it('positions and status changes made on instance A reach a WebSocket and an SSE stream on instance B', async () => {
    const d = await t.delivery('en_route_to_pickup');
    const url = `${LOGISTICS}/deliveries/${d.deliveryId}/live`;
    const ws = await openSocket(`ws://${baseB}${url}`, { authorization: `Bearer ${d.customer.accessToken}` });
    const sse = await openEvents(`http://${baseB}${url}`, { authorization: `Bearer ${d.seller.accessToken}` });
    open.push(ws, sse);
    await ws.next('snapshot');
    await sse.next('snapshot');

    const p = between(d.pickup, d.dropoff, -0.2);
    await t.report(d, [{ ...p, at: t.in(5), speedKmh: 35 }]);
    for (const c of [ws, sse]) {
      expect((await c.next('positions')).points).toEqual([
        expect.objectContaining({ lat: p.lat, lon: p.lon, speedKmh: 35 }),
      ]);
      expect(await c.next('eta')).toMatchObject({ remainingKm: expect.any(Number) });
    }
    // A batch too big for one notification: B reads it back by reference.
    const batch = Array.from({ length: 200 }, (_, i) => ({
      ...between(p, d.pickup, (i + 1) / 400),
      at: new Date(new Date(t.in(6)).getTime() + i * 500).toISOString(),
    }));
    await t.report(d, batch);
    expect(((await ws.next('positions')).points as unknown[]).length).toBe(200);

    await t.status(d, 'loaded');
    expect(await ws.next('status')).toMatchObject({ status: 'loaded' });
    expect(await sse.next('status')).toMatchObject({ status: 'loaded' });
  });

  it('a share link revoked on A ends its stream on B', async () => {
    const d = await t.delivery('en_route_to_pickup');
    const made = await a.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/share-links`,
      token: d.customer.accessToken,
    });
    const link = made.json() as { id: string; liveUrl: string };
    const foreman = await openSocket(`ws://${baseB}${link.liveUrl}`);
    open.push(foreman);
    await foreman.next('snapshot');
    const revoked = await a.request({
      method: 'DELETE',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/share-links/${link.id}`,
      token: d.customer.accessToken,
    });
    expect(revoked.statusCode).toBe(204);
    await foreman.closed;
  });
});
