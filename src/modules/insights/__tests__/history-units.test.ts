import { describe, expect, it } from 'vitest';
import { isValidInn } from '../../../shared/inn.js';
import { companyInn, makeCustomers, personInn } from '../history/customers.js';
import { lineTotal, onGrid, times, vatInside } from '../history/decimals.js';
import { offerHistory, priceAt, WEEK_MS } from '../history/market.js';
import { drawSpec, stageNeeds, type ProjectSpec } from '../history/projects.js';
import { rngFor } from '../history/random.js';
import type { SnapProduct } from '../history/snapshot.js';

const NOW = new Date('2026-11-27T09:00:00Z');

describe('history generator, pure parts', () => {
  it('customers are numbered, deterministic, with valid ИНН', () => {
    const a = makeCustomers(200, 0);
    expect(makeCustomers(200, 0)).toEqual(a);
    expect(makeCustomers(200, 1)).not.toEqual(a);
    expect(a[41]!.email).toBe('buyer-00042@history.tutuu.demo');
    const companies = a.filter((c) => c.kind === 'company');
    expect(companies.length).toBeGreaterThan(20);
    for (const c of companies) expect(isValidInn(c.company!.inn, 'company')).toBe(true);
    expect(new Set(a.map((c) => c.region))).toEqual(new Set(['moscow', 'spb']));
    const rng = rngFor('inn-test');
    for (let i = 0; i < 50; i++) {
      expect(isValidInn(companyInn(rng, 'spb'), 'company')).toBe(true);
      expect(isValidInn(personInn(rng, 'moscow'), 'individual')).toBe(true);
    }
  });

  it('quantities land on the offer grid, lines add up exactly', () => {
    expect(onGrid(0.2, '1', '0.5')).toBe('1');
    expect(onGrid(7.01, '1', '0.5')).toBe('7.5');
    expect(onGrid(1000, '480', '480')).toBe('1440');
    expect(onGrid(3, '2.7', '2.7')).toBe('5.4');
    expect(times('25.5', '7.5', 3)).toBe('191.25');
    expect(times('0.000123', '3', 6)).toBe('0.000369');
    expect(lineTotal(6200, '7.5')).toBe(46_500);
    expect(lineTotal(2440, '0.333')).toBe(813);
    expect(vatInside(12_200, '22')).toBe(2_200);
    expect(vatInside(10_500, '5')).toBe(500);
    expect(vatInside(100, '22')).toBe(18);
    expect(vatInside(5_000, 'none')).toBe(0);
  });

  it('a price history is 54 weekly points ending at the current price; the price in force is the last point before', () => {
    const h = offerHistory('TT-CEM-0001:x', 62_000, '/cement-i-smesi/cement/', 'moscow', NOW);
    expect(h).toHaveLength(54);
    expect(h.at(-1)).toEqual({ at: NOW, priceMinor: 62_000 });
    for (let i = 1; i < h.length; i++) expect(h[i]!.at.getTime() - h[i - 1]!.at.getTime()).toBe(WEEK_MS);
    expect(offerHistory('TT-CEM-0001:x', 62_000, '/cement-i-smesi/cement/', 'moscow', NOW)).toEqual(h);
    // Cement's assumed rise: a year ago it cost less (trend ≈ 8 %, noise under 3 %).
    expect(h[0]!.priceMinor).toBeLessThan(62_000 * 0.97);
    expect(h[0]!.priceMinor % 100).toBe(0);
    expect(priceAt(h, h[10]!.at.getTime() + 1000)).toBe(h[10]!.priceMinor);
    expect(priceAt(h, h[10]!.at.getTime() - 1000)).toBe(h[9]!.priceMinor);
    expect(priceAt(h, 0)).toBe(h[0]!.priceMinor);
  });

  it('a foundation of a 100 m² one-storey house: the strip by hand', () => {
    const spec: ProjectSpec = {
      ...drawSpec(rngFor('spec'), 'house', false),
      area: 100,
      floors: 1,
      readyConcrete: true,
    };
    const product = { name: 'x', unit: 'м³' } as SnapProduct;
    const needs = new Map(stageNeeds('foundation', spec).map((n) => [n.slot, n.amount(product)]));
    // Perimeter 4·√100·1.1 = 44 m, strip with inner walls 44·1.4 = 61.6 m, 0.4 × 1.0 m → 24.64 m³ + 2 %.
    expect(needs.get('concrete')).toBeCloseTo(24.64 * 1.02, 6);
    expect(needs.get('rebar12')).toBeCloseTo(61.6 * 4 * 1.1, 6);
    expect(needs.get('boards')).toBeCloseTo(2 * 61.6 * 0.025, 6);
    expect([...needs.keys()].sort()).toEqual(['boards', 'concrete', 'rebar12', 'rebar8', 'sand', 'wire']);
  });
});
