/**
 * Device keys of phone trackers (docs/domain.md, Logistics — Vehicles): issued per vehicle and
 * shown once with what to type into Traccar Client, kept only as a hash, rotated and revoked; the
 * tracking side finds the vehicle from the `id` a tracker sends.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { trackerKeys } from '../logistics.tables.js';
import { vehicleForTrackerKey } from '../vehicles/index.js';
import { VehiclesFixture } from './vehicles-fixture.js';

let ctx: TestContext;
let fx: VehiclesFixture;
let carrier: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new VehiclesFixture(ctx);
  carrier = await ctx.make.carrier();
});
afterAll(() => ctx?.close());

const issue = (vehicleId: string, who: Account = carrier, headers: Record<string, string> = {}) =>
  ctx.request({
    method: 'POST',
    url: `/api/v1/logistics/vehicles/${vehicleId}/tracker-key`,
    token: who.accessToken,
    headers,
  });
const lookup = (key: string) => vehicleForTrackerKey(ctx.database.db, key);
const keysOf = (vehicleId: string) =>
  ctx.database.db.select().from(trackerKeys).where(eq(trackerKeys.vehicleId, vehicleId));

describe('tracker keys', () => {
  it('issues a key shown once, with what to type into Traccar Client, and keeps only its hash', async () => {
    const v = await fx.vehicle(carrier);
    const res = await issue(v.id, carrier, { host: 'market.example:8080' });
    expect(res.statusCode, res.body).toBe(201);
    const issued = res.json();
    expect(issued.key).toMatch(/^[0-9a-f]{32}$/);
    expect(issued).toMatchObject({
      vehicleId: v.id,
      prefix: issued.key.slice(0, 6),
      setup: {
        app: 'Traccar Client',
        serverUrl: 'http://market.example:8080/api/v1/logistics/osmand',
        deviceIdentifier: issued.key,
      },
    });
    expect(issued.setup.hint).toContain('http://market.example:8080/api/v1/logistics/osmand');

    const [row, ...more] = await keysOf(v.id);
    expect(more).toHaveLength(0);
    expect(row!.keyHash).toBe(createHash('sha256').update(issued.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(issued.key);

    const shown = await fx.call('GET', `/vehicles/${v.id}`, carrier);
    expect(shown.json().trackerKey).toEqual({ active: true, prefix: issued.prefix, issuedAt: issued.issuedAt });
    expect(shown.body).not.toContain(issued.key);
    const listed = await fx.call('GET', '/vehicles', carrier);
    expect(listed.json().items[0].trackerKey.active).toBe(true);
    expect(listed.body).not.toContain(issued.key);

    expect(await lookup(issued.key)).toEqual({ vehicleId: v.id, carrierId: carrier.id });
    // What a phone keyboard may do to it.
    expect(await lookup(` ${issued.key.toUpperCase()} `)).toEqual({ vehicleId: v.id, carrierId: carrier.id });
  });

  it('finds nothing for a key it never issued, or for anything that is not a key', async () => {
    for (const key of [randomBytes(16).toString('hex'), '', '123456', 'x'.repeat(5000), "' or 1=1 --"]) {
      expect(await lookup(key), key.slice(0, 40)).toBeUndefined();
    }
  });

  it('rotates: a new key revokes the previous one, also when two are asked for at once', async () => {
    const v = await fx.vehicle(carrier);
    const first = (await issue(v.id)).json().key;
    ctx.clock.advance(1000);
    const second = (await issue(v.id)).json();
    expect(second.key).not.toBe(first);
    expect(await lookup(first)).toBeUndefined();
    expect(await lookup(second.key)).toEqual({ vehicleId: v.id, carrierId: carrier.id });
    expect((await fx.call('GET', `/vehicles/${v.id}`, carrier)).json().trackerKey.prefix).toBe(second.prefix);

    const both = await Promise.all([issue(v.id), issue(v.id)]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    const live = (await keysOf(v.id)).filter((k) => k.revokedAt === null);
    expect(live).toHaveLength(1);
    const found = await Promise.all(both.map((r) => lookup(r.json().key)));
    expect(found.filter((f) => f !== undefined)).toHaveLength(1);
  });

  it('revokes: the key finds nothing, the vehicle shows no key; revoking again is no error', async () => {
    const v = await fx.vehicle(carrier);
    const { key } = (await issue(v.id)).json();
    const revoked = await fx.call('DELETE', `/vehicles/${v.id}/tracker-key`, carrier);
    expect(revoked.statusCode, revoked.body).toBe(204);
    expect(await lookup(key)).toBeUndefined();
    expect((await fx.call('GET', `/vehicles/${v.id}`, carrier)).json().trackerKey).toEqual({
      active: false,
      prefix: null,
      issuedAt: null,
    });
    expect((await fx.call('DELETE', `/vehicles/${v.id}/tracker-key`, carrier)).statusCode).toBe(204);
    expect((await keysOf(v.id))[0]!.revokedAt).not.toBeNull();
  });

  it('dies with its vehicle, and belongs to its carrier only', async () => {
    const v = await fx.vehicle(carrier);
    const { key } = (await issue(v.id)).json();
    const rival = await ctx.make.carrier();
    expectProblem(await issue(v.id, rival), 404, 'LOGISTICS.VEHICLE_NOT_FOUND');
    expectProblem(await fx.call('DELETE', `/vehicles/${v.id}/tracker-key`, rival), 404, 'LOGISTICS.VEHICLE_NOT_FOUND');
    expect(await lookup(key)).toEqual({ vehicleId: v.id, carrierId: carrier.id });

    expect((await fx.call('DELETE', `/vehicles/${v.id}`, carrier)).statusCode).toBe(204);
    expect(await lookup(key)).toBeUndefined();
    expectProblem(await issue(v.id), 404, 'LOGISTICS.VEHICLE_NOT_FOUND');
  });

  it('names the server under PUBLIC_URL when it is set', async () => {
    const other = await createTestContext({ env: { PUBLIC_URL: 'https://tutuu.example/' } });
    try {
      const own = await other.make.carrier();
      const v = await new VehiclesFixture(other).vehicle(own);
      const res = await other.request({
        method: 'POST',
        url: `/api/v1/logistics/vehicles/${v.id}/tracker-key`,
        token: own.accessToken,
      });
      expect(res.json().setup.serverUrl).toBe('https://tutuu.example/api/v1/logistics/osmand');
    } finally {
      await other.close();
    }
  });
});
