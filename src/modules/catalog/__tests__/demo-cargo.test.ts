/**
 * The demo products say how they travel (docs/domain.md, The delivery guide price): loose sand,
 * gravel and soil by самосвал, bulk cement by цементовоз, ready concrete by бетоновоз; long steel
 * by its length; a roll by its packed size, not its unrolled length.
 */
import { describe, expect, it } from 'vitest';
import { cargoKindOf, guidePrice, itemLengthM } from '../../logistics/index.js';
import { DEMO_PRODUCTS } from '../seed/demo-catalog-data.js';
import { planDemoOffers } from '../seed/demo-offer-plan.js';
import { SELLER_REGIONS } from '../seed/demo-warehouses.js';

const of = (pattern: RegExp) => DEMO_PRODUCTS.filter((p) => pattern.test(p.name));

describe('demo products’ cargo', () => {
  it('loose sand, gravel, expanded clay and soil are bulk; the same in bags is general', () => {
    const loose = DEMO_PRODUCTS.filter((p) => ['pesok', 'scheben', 'keramzit', 'pgs-i-grunt'].includes(p.categorySlug));
    expect(loose.length).toBeGreaterThan(15);
    for (const p of loose)
      expect([p.name, cargoKindOf(p.attributes)]).toEqual([p.name, p.unit === 'мешок' ? 'general' : 'bulk']);
    expect(of(/^Песок карьерный$/).map((p) => cargoKindOf(p.attributes))).toEqual(['bulk']);
    expect(of(/^Грунт плодородный$/).map((p) => cargoKindOf(p.attributes))).toEqual(['bulk']);
  });

  it('cement навалом is bulk cement; bagged cement is general', () => {
    const bulk = of(/^Цемент .* навалом$/);
    expect(bulk.map((p) => [p.unit, cargoKindOf(p.attributes)])).toEqual([
      ['т', 'bulk_cement'],
      ['т', 'bulk_cement'],
    ]);
    for (const p of of(/^Цемент .* кг/)) expect(cargoKindOf(p.attributes)).toBe('general');
  });

  it('ready concrete and ready mortar go in a бетоновоз; precast goods do not', () => {
    const ready = DEMO_PRODUCTS.filter((p) => p.categorySlug === 'tovarnyj-beton');
    expect(ready.length).toBe(9);
    for (const p of ready) expect(cargoKindOf(p.attributes)).toBe('ready_concrete');
    const precast = of(/^Железобетонное изделие|^Перемычка/);
    expect(precast.length).toBeGreaterThan(3);
    for (const p of precast) expect(cargoKindOf(p.attributes)).toBe('general');
  });

  it('rebar is 11.7 m long; a roll of mesh or insulation is not as long as it unrolls', () => {
    for (const p of of(/^Арматура А500С/)) expect(itemLengthM(p.attributes)).toBe(11.7);
    const rolls = DEMO_PRODUCTS.filter((p) => p.unit === 'рулон');
    expect(rolls.length).toBeGreaterThan(5);
    for (const p of rolls) expect(itemLengthM(p.attributes) ?? 0, p.name).toBeLessThanOrEqual(3);
    expect(of(/^Сетка-рабица/)[0]!.attributes).toMatchObject({ roll_length_m: '10', height_m: '1.5' });
  });

  it('a demo seller has 14 t of bulk cement М500 in one warehouse, and it quotes a цементовоз', () => {
    const plan = planDemoOffers(
      DEMO_PRODUCTS,
      SELLER_REGIONS.slice(0, 2).map((r) => r.warehouses.length),
      new Date('2026-03-02T09:00:00Z'),
    );
    const index = DEMO_PRODUCTS.findIndex((p) => /^Цемент М500 .* навалом$/.test(p.name));
    const offers = plan.filter((o) => o.productIndex === index && o.status === 'active');
    expect(offers.some((o) => o.stock.some((s) => Number(s) >= 14))).toBe(true);
    const cement = DEMO_PRODUCTS[index]!;
    const warehouse = SELLER_REGIONS[offers[0]!.sellerIndex]!.warehouses[0]!;
    const quote = guidePrice({
      pickup: warehouse,
      dropoff: { lat: warehouse.lat + 0.1, lon: warehouse.lon },
      cargo: cargoKindOf(cement.attributes),
      weightKg: 14 * Number(cement.weightKg),
      volumeM3: 14 * Number(cement.volumeM3),
      needsCrane: false,
    });
    expect(quote).toMatchObject({ bodyType: 'cement_tanker', bodyName: 'цементовоз', vehicles: 1 });
  });
});
