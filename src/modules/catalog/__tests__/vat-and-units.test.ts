/**
 * Offers carry only the VAT rates their seller's tax regime allows, and piece units are counted
 * whole (docs/domain.md, Catalog): through the API and through price lists alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { multipart } from '../../../../test/price-list-builders.js';
import { isPieceUnit } from '../index.js';
import { CATALOG, CatalogFixtures, tag } from '../../../../test/fixtures/catalog.js';

let ctx: TestContext;
let fx: CatalogFixtures;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  await fx.category({ slug: 'cement', name: 'Цемент' });
});
afterAll(() => ctx.close());

const call = (method: 'POST' | 'PATCH' | 'PUT', url: string, token: string, payload: object) =>
  ctx.request({ method, url: `${CATALOG}${url}`, token, payload });
const priceList = (token: string, lines: string[], dryRun = true) =>
  ctx.request({
    method: 'POST',
    url: `${CATALOG}/price-lists?dryRun=${dryRun}`,
    token,
    ...multipart('price.csv', lines.join('\n'), { type: 'text/csv' }),
  });
const rowErrors = (res: { json(): unknown }) =>
  (res.json() as { errors: { row: number; column: string | null }[] }).errors.map((e) => `${e.row}:${e.column}`);

const sand = { unit: 'м³', weightKg: '1600', volumeM3: '1' };

async function sellerOn(regime?: 'usn' | 'usn_vat_5' | 'usn_vat_7'): Promise<Account> {
  const seller = await ctx.make.seller();
  if (regime) await ctx.make.taxRegime(seller, regime);
  return seller;
}

describe('VAT rates by the seller’s tax regime', () => {
  const cases: [string, 'usn' | 'usn_vat_5' | 'usn_vat_7' | undefined, string[]][] = [
    ['a VAT payer', undefined, ['22', '10', '0']],
    ['an exempt УСН seller', 'usn', ['none']],
    ['an УСН seller at 5 %', 'usn_vat_5', ['5']],
    ['an УСН seller at 7 %', 'usn_vat_7', ['7']],
  ];
  it.each(cases)('%s offers at exactly its rates; any other is a 400 naming vatRate', async (_who, regime, allowed) => {
    const seller = await sellerOn(regime);
    for (const vatRate of ['22', '10', '0', '5', '7', 'none']) {
      const product = await fx.product(seller);
      const res = await call('POST', '/offers', seller.accessToken, {
        productId: product.id,
        priceMinor: 100,
        vatRate,
      });
      if (allowed.includes(vatRate)) expect(res.statusCode, `${vatRate}: ${res.body}`).toBe(201);
      else expect(errorPaths(res), vatRate).toEqual(['vatRate']);
    }
  });

  it('checks a rate a PATCH sets against the regime in force now, and leaves other changes alone', async () => {
    const seller = await sellerOn();
    const offer = await fx.offer(seller, (await fx.product(seller)).id, { vatRate: '22' });
    await ctx.make.taxRegime(seller, 'usn_vat_5');
    expect(errorPaths(await call('PATCH', `/offers/${offer.id}`, seller.accessToken, { vatRate: '22' }))).toEqual([
      'vatRate',
    ]);
    const moved = await call('PATCH', `/offers/${offer.id}`, seller.accessToken, { vatRate: '5', priceMinor: 120 });
    expect(moved.json()).toMatchObject({ vatRate: '5', priceMinor: 120 });
    expect((await call('PATCH', `/offers/${offer.id}`, seller.accessToken, { status: 'paused' })).statusCode).toBe(200);
  });

  it('refuses a price-list row at a rate the regime does not allow, as a row error in the vat column', async () => {
    const seller = await sellerOn('usn');
    await fx.warehouse(seller, { code: 'MSK-1' });
    const t = tag();
    const res = await priceList(seller.accessToken, [
      'sku,name,category,unit,price,vat,MSK-1',
      `A-${t},Цемент М500 мешок 50 кг,cement,мешок,650,22,10`,
      `B-${t},Цемент М400 мешок 50 кг,cement,мешок,600,без НДС,10`,
      `C-${t},Цемент М300 мешок 50 кг,cement,мешок,550,5,10`,
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(rowErrors(res)).toEqual(['2:vat', '4:vat']);
    const usn7 = await sellerOn('usn_vat_7');
    const ok = await priceList(
      usn7.accessToken,
      ['sku,name,category,unit,price,vat', `D-${t},Цемент,cement,мешок,500,7`],
      false,
    );
    expect(ok.json()).toMatchObject({ created: 1, errors: [] });
  });
});

describe('piece units are whole', () => {
  it('knows which units count pieces', () => {
    for (const unit of ['шт', 'мешок', 'упак', 'лист', 'рулон', 'пачка', 'пара', 'компл', 'поддон', 'бухта']) {
      expect(isPieceUnit(unit), unit).toBe(true);
    }
    for (const unit of ['м', 'м²', 'м³', 'кг', 'т', 'л', 'пог. м', 'штука'])
      expect(isPieceUnit(unit), unit).toBe(false);
  });

  it('takes the new units on product cards', async () => {
    const seller = await sellerOn();
    for (const unit of ['пачка', 'пара', 'компл', 'поддон', 'бухта']) {
      expect((await fx.product(seller, { unit })).unit).toBe(unit);
    }
  });

  it('refuses 200.5 bags on hand, and a fractional minimum, step or pack, naming the field', async () => {
    const seller = await sellerOn();
    const { offer, warehouse } = await fx.listed(seller, { product: { unit: 'мешок' }, onHand: '200' });
    expect(
      errorPaths(
        await call('PUT', `/warehouses/${warehouse.id}/stock/${offer.id}`, seller.accessToken, { onHand: '200.5' }),
      ),
    ).toEqual(['onHand']);
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '200', reserved: '0' });
    expect(
      errorPaths(await call('PATCH', `/offers/${offer.id}`, seller.accessToken, { minQty: '0.5', step: '1.5' })),
    ).toEqual(['minQty', 'step']);
    const bags = await fx.product(seller, { unit: 'мешок' });
    expect(
      errorPaths(
        await call('POST', '/offers', seller.accessToken, {
          productId: bags.id,
          priceMinor: 100,
          vatRate: '22',
          step: '0.5',
        }),
      ),
    ).toEqual(['step']);
    expect(errorPaths(await call('PATCH', `/products/${bags.id}`, seller.accessToken, { packSize: '40.5' }))).toEqual([
      'packSize',
    ]);
    // Sand is sold by the half cubic metre.
    const s = await fx.listed(seller, { product: sand, offer: { minQty: '0.5', step: '0.5' }, onHand: '30.5' });
    expect(s.stock).toMatchObject({ onHand: '30.5' });
  });

  it('refuses to make a card a piece unit while its offers hold fractional quantities', async () => {
    const seller = await sellerOn();
    const { product } = await fx.listed(seller, { product: sand, offer: { minQty: '0.5', step: '0.5' }, onHand: '10' });
    expect(errorPaths(await call('PATCH', `/products/${product.id}`, seller.accessToken, { unit: 'шт' }))).toEqual([
      'unit',
    ]);
    const whole = await fx.listed(seller, { product: sand, onHand: '10' });
    const res = await call('PATCH', `/products/${whole.product.id}`, seller.accessToken, { unit: 'поддон' });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('reports fractional piece quantities in a price list as row errors in their columns', async () => {
    const seller = await sellerOn();
    await fx.warehouse(seller, { code: 'MSK-1' });
    const existing = await fx.product(seller, { unit: 'лист' });
    const t = tag();
    const res = await priceList(seller.accessToken, [
      'sku,name,category,unit,price,vat,min_qty,step,MSK-1',
      `A-${t},Цемент М500 50 кг,cement,мешок,650,22,1,1,"200,5"`,
      `${existing.sku},,,,900,22,"0,5",1,10`,
      `C-${t},Песок,cement,м³,900,22,"0,5","0,5","10,5"`,
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(rowErrors(res)).toEqual(['2:MSK-1', '3:min_qty']);
  });
});
