import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import type { Executor } from '../../../shared/db/database.js';
import { queryRows } from '../../../shared/db/database.js';
import { multipart } from '../../../../test/price-list-builders.js';
import { CATALOG, CatalogFixtures, SPB, tag, type WarehouseJson } from '../../../../test/fixtures/catalog.js';

let ctx: TestContext;
let fx: CatalogFixtures;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  // The slugs the template's example rows use, so the template itself loads cleanly.
  for (const [slug, name] of [
    ['cement', 'Цемент'],
    ['kirpich-ryadovoj', 'Рядовой кирпич'],
    ['pesok', 'Песок'],
    ['armatura', 'Арматура'],
    ['gipsokarton', 'Гипсокартон'],
  ]) {
    await fx.category({ slug, name });
  }
});
afterAll(() => ctx.close());

const PRICE_LISTS = `${CATALOG}/price-lists`;

function upload(token: string, body: ReturnType<typeof multipart>, dryRun: boolean) {
  return ctx.request({ method: 'POST', url: `${PRICE_LISTS}?dryRun=${dryRun}`, token, ...body });
}
const csv = (token: string, text: string | Buffer, dryRun: boolean) =>
  upload(token, multipart('price.csv', text, { type: 'text/csv' }), dryRun);

/** A seller with the warehouses MSK-1 and SPB-1. */
async function sellerWithWarehouses(): Promise<{ seller: Account; msk: WarehouseJson; spb: WarehouseJson }> {
  const seller = await ctx.make.seller();
  const msk = await fx.warehouse(seller, { code: 'MSK-1', name: 'Склад Подольск' });
  const spb = await fx.warehouse(seller, { code: 'SPB-1', name: 'Склад Шушары', ...SPB });
  return { seller, msk, spb };
}

interface OfferJson {
  id: string;
  productId: string;
  priceMinor: number;
  vatRate: string;
  minQty: string;
  step: string;
}
async function myOffers(token: string): Promise<OfferJson[]> {
  const res = await ctx.request({ method: 'GET', url: `${CATALOG}/offers?mine=true&limit=100`, token });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

/** The seller's offers by SKU, with the stock per warehouse code the product page shows. */
async function offersBySku(seller: Account) {
  const out = new Map<string, OfferJson & { name: string; unit: string; stock: Record<string, string> }>();
  for (const offer of await myOffers(seller.accessToken)) {
    const res = await ctx.request({ method: 'GET', url: `${CATALOG}/products/${offer.productId}` });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    const shown = page.offers.find((o: { id: string }) => o.id === offer.id);
    const stock = Object.fromEntries(
      (shown?.stock ?? []).map((w: { code: string; available: string }) => [w.code, w.available]),
    );
    out.set(page.sku, { ...offer, name: page.name, unit: page.unit, stock });
  }
  return out;
}

async function priceHistory(offerId: string): Promise<number[]> {
  const res = await ctx.request({ method: 'GET', url: `${CATALOG}/offers/${offerId}/price-history` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((p: { priceMinor: number }) => p.priceMinor);
}

/** Everything a price list can write, to prove that a run changed nothing at all. */
async function catalogState() {
  const [counts] = await queryRows<Record<string, string | number>>(
    ctx.database.db,
    sql`select (select count(*) from catalog.products) as products, (select count(*) from catalog.offers) as offers,
               (select count(*) from catalog.price_history) as history,
               (select coalesce(string_agg(concat_ws('/', offer_id, warehouse_id, on_hand, reserved), ',' order by offer_id, warehouse_id), '')
                  from catalog.stock) as stock,
               (select coalesce(string_agg(concat_ws('/', id, price_minor, vat_rate, min_qty, step, updated_at), ',' order by id), '')
                  from catalog.offers) as offer_rows,
               (select count(*) from catalog.product_listing) as listings`,
  );
  return counts;
}

describe('POST /api/v1/catalog/price-lists', () => {
  it('loads a semicolon CSV with comma decimals: a dry run reports and changes nothing, the real run applies', async () => {
    const { seller } = await sellerWithWarehouses();
    const admin = await ctx.make.admin();
    const t = tag();
    const existing = await fx.product(admin, { sku: `KIR-${t}`, unit: 'шт' });
    const file = [
      'sku;name;category;unit;price;vat;min_qty;step;weight_kg;volume_m3;MSK-1;SPB-1',
      `CEM-${t};Цемент М500 Д0 50 кг;cement;мешок;650,00;22;1;1;50;0,033;120;80`,
      `KIR-${t};;;шт;18,5;22;480;480;;;"9 600";`,
      `PES-${t};Песок строительный мытый;pesok;м³;"1 234,50";10;0,5;0,5;1500;1;300,5;0`,
    ].join('\r\n');

    const before = await catalogState();
    const dry = await csv(seller.accessToken, file, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toEqual({
      dryRun: true,
      created: 3,
      updated: 0,
      unchanged: 0,
      productsCreated: 2,
      rows: 3,
      errors: [],
    });
    expect(await myOffers(seller.accessToken)).toEqual([]);
    expect(await catalogState()).toEqual(before);

    const real = await csv(seller.accessToken, file, false);
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({ dryRun: false, created: 3, updated: 0, unchanged: 0, productsCreated: 2 });

    const offers = await offersBySku(seller);
    expect([...offers.keys()].sort()).toEqual([`CEM-${t}`, `KIR-${t}`, `PES-${t}`]);
    expect(offers.get(`CEM-${t}`)).toMatchObject({
      name: 'Цемент М500 Д0 50 кг',
      unit: 'мешок',
      priceMinor: 65000,
      vatRate: '22',
      stock: { 'MSK-1': '120', 'SPB-1': '80' },
    });
    expect(offers.get(`KIR-${t}`)).toMatchObject({
      productId: existing.id,
      priceMinor: 1850,
      minQty: '480',
      step: '480',
      stock: { 'MSK-1': '9600' },
    });
    expect(offers.get(`PES-${t}`)).toMatchObject({
      priceMinor: 123450,
      vatRate: '10',
      minQty: '0.5',
      step: '0.5',
      stock: { 'MSK-1': '300.5', 'SPB-1': '0' },
    });
    // A new card takes the weight and volume given; each new offer starts its price history.
    const card = await ctx.request({ method: 'GET', url: `${CATALOG}/products/${offers.get(`PES-${t}`)!.productId}` });
    expect(card.json()).toMatchObject({ weightKg: '1500', volumeM3: '1', unit: 'м³' });
    expect(await priceHistory(offers.get(`CEM-${t}`)!.id)).toEqual([65000]);

    const again = await csv(seller.accessToken, file, false);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3, productsCreated: 0, errors: [] });
  });

  it('loads a comma-separated CSV with dot decimals and quoted names; changes make price-history points', async () => {
    const { seller } = await sellerWithWarehouses();
    const t = tag();
    const file = (cementPrice: string, sandStock: string) =>
      [
        'SKU,Name,Category,Unit,Price,VAT,MSK-1',
        `CEM-${t},"Цемент М500 Д0, 50 кг",cement,мешок,${cementPrice},22,100`,
        `PES-${t},"Песок строительный, мытый",pesok,м3,950,22,${sandStock}`,
      ].join('\n');
    expect((await csv(seller.accessToken, file('650', '20'), false)).json()).toMatchObject({ created: 2, errors: [] });

    // Weight and volume columns absent: new cards get 0 (documented).
    const created = await offersBySku(seller);
    const sandCard = await ctx.request({
      method: 'GET',
      url: `${CATALOG}/products/${created.get(`PES-${t}`)!.productId}`,
    });
    expect(sandCard.json()).toMatchObject({
      name: 'Песок строительный, мытый',
      unit: 'м³',
      weightKg: '0',
      volumeM3: '0',
    });

    const dry = await csv(seller.accessToken, file('1234.5', '25.5'), true);
    expect(dry.json()).toMatchObject({ dryRun: true, created: 0, updated: 2, unchanged: 0, errors: [] });
    expect(await priceHistory(created.get(`CEM-${t}`)!.id)).toEqual([65000]);

    const real = await csv(seller.accessToken, file('1234.5', '25.5'), false);
    expect(real.json()).toMatchObject({ dryRun: false, created: 0, updated: 2, unchanged: 0, errors: [] });
    const after = await offersBySku(seller);
    expect(after.get(`CEM-${t}`)).toMatchObject({ priceMinor: 123450, stock: { 'MSK-1': '100' } });
    expect(after.get(`PES-${t}`)).toMatchObject({ priceMinor: 95000, stock: { 'MSK-1': '25.5' } });
    // The price change is a history point; a stock-only change is not.
    expect(await priceHistory(created.get(`CEM-${t}`)!.id)).toEqual([65000, 123450]);
    expect(await priceHistory(created.get(`PES-${t}`)!.id)).toEqual([95000]);
  });

  it('reads a Windows-1251 CSV (Excel on a Russian system) with Russian headers', async () => {
    const { seller } = await sellerWithWarehouses();
    const t = tag();
    const text = [
      'Артикул;Наименование;Категория;Ед. изм.;Цена, руб.;НДС;MSK-1',
      `ARM-${t};Арматура А500С 12 мм;armatura;т;72 500,00;22%;12,5`,
    ].join('\r\n');
    const res = await csv(seller.accessToken, toWindows1251(text), false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, errors: [] });
    expect((await offersBySku(seller)).get(`ARM-${t}`)).toMatchObject({
      name: 'Арматура А500С 12 мм',
      unit: 'т',
      priceMinor: 7250000,
      stock: { 'MSK-1': '12.5' },
    });
  });

  it('loads an XLSX with numbers, text and Russian headers', async () => {
    const { seller } = await sellerWithWarehouses();
    const t = tag();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Прайс');
    sheet.addRow(['Артикул', 'Наименование', 'Категория', 'Ед. изм.', 'Цена', 'НДС', 'Кратность', 'MSK-1', 'SPB-1']);
    sheet.addRow([`GKL-${t}`, 'Гипсокартон Knauf ГСП-А 12,5 мм', 'gipsokarton', 'лист', 465, 22, 1, 850, 400]);
    sheet.addRow([
      `CEM-${t}`,
      'Цемент М500 Д0 50 кг',
      'cement',
      'мешок',
      '650,00',
      '22',
      1,
      { formula: '100+20', result: 120 },
      null,
    ]);
    sheet.addRow([`PES-${t}`, 'Песок строительный', 'pesok', 'м³', 0.1 + 0.2 + 949.7, 22, 0.5, 40.5, 0]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const res = await upload(
      seller.accessToken,
      multipart('прайс.xlsx', file, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      false,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 3, productsCreated: 3, rows: 3, errors: [] });
    const offers = await offersBySku(seller);
    expect(offers.get(`GKL-${t}`)).toMatchObject({
      priceMinor: 46500,
      vatRate: '22',
      stock: { 'MSK-1': '850', 'SPB-1': '400' },
    });
    expect(offers.get(`CEM-${t}`)).toMatchObject({ priceMinor: 65000, stock: { 'MSK-1': '120' } });
    expect(offers.get(`PES-${t}`)).toMatchObject({
      priceMinor: 95000,
      step: '0.5',
      stock: { 'MSK-1': '40.5', 'SPB-1': '0' },
    });
  });

  it('reports every bad row with its row number and column, and a real run then changes nothing (422)', async () => {
    const { seller } = await sellerWithWarehouses();
    const t = tag();
    const file = [
      'sku;name;category;unit;price;vat;MSK-1;EKB-9', // 1: EKB-9 is no warehouse of this seller
      `OK1-${t};Цемент М400 50 кг;cement;мешок;520,00;22;10;`, // 2: good
      `BAD-U-${t};Цемент;cement;ведро;520,00;22;10;`, // 3: unit
      `BAD-P-${t};Цемент;cement;мешок;12,345;22;10;`, // 4: price
      '', // 5: empty lines are skipped but keep the numbering
      `BAD-C-${t};Цемент;no-such-category;мешок;520;22;10;`, // 6: category
      `BAD-S-${t};Цемент;cement;мешок;520;22;-5;`, // 7: stock
      `;Цемент без артикула;cement;мешок;520;22;1;`, // 8: sku
      `OK2-${t};Песок;pesok;м³;900;22;5;`, // 9: good
      `BAD-N-${t};;cement;мешок;520;;1;`, // 10: a new card without a name, a new offer without VAT
      `OK1-${t};Повтор;cement;мешок;530;22;1;`, // 11: the SKU repeats row 2
    ].join('\n');
    const expected = [
      { row: 1, column: 'EKB-9', message: expect.stringContaining('MSK-1, SPB-1') },
      { row: 3, column: 'unit', message: expect.stringContaining('not a unit') },
      { row: 4, column: 'price', message: 'at most 2 decimal places (kopecks)' },
      { row: 6, column: 'category', message: 'no category has the slug or id "no-such-category"' },
      { row: 7, column: 'MSK-1', message: 'must not be negative' },
      { row: 8, column: 'sku', message: 'the SKU is required' },
      { row: 10, column: 'name', message: expect.stringContaining('new card') },
      { row: 10, column: 'vat', message: expect.stringContaining('required for a new offer') },
      { row: 11, column: 'sku', message: 'the SKU repeats row 2' },
    ];

    const before = await catalogState();
    const dry = await csv(seller.accessToken, file, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 9, created: 2, errors: expected });
    expect(dry.json().errors).toHaveLength(expected.length);

    const real = await csv(seller.accessToken, file, false);
    const problem = expectProblem(real, 422, 'CATALOG.PRICE_LIST_INVALID');
    expect(problem).toMatchObject({ dryRun: false, rows: 9, errors: expected });
    expect(problem.errors).toHaveLength(expected.length);
    expect(await catalogState()).toEqual(before);
    expect(await myOffers(seller.accessToken)).toEqual([]);
  });

  it('applies nothing when one row among good ones is bad, even rows that would only change prices', async () => {
    const { seller } = await sellerWithWarehouses();
    const t = tag();
    const header = 'sku;name;category;unit;price;vat;MSK-1';
    const good = [`A-${t};Цемент М500;cement;мешок;650;22;100`, `B-${t};Песок;pesok;м³;900;22;50`];
    expect((await csv(seller.accessToken, [header, ...good].join('\n'), false)).json()).toMatchObject({ created: 2 });
    const offersBefore = await offersBySku(seller);

    const before = await catalogState();
    const mixed = [
      header,
      `A-${t};Цемент М500;cement;мешок;700;22;90`,
      `B-${t};Песок;pesok;м³;950;22;40`,
      `C-${t};Щебень;pesok;м³;1200;22;30`,
      `D-${t};Кирпич;cement;шт;дорого;22;1`,
    ].join('\n');
    const res = await csv(seller.accessToken, mixed, false);
    const problem = expectProblem(res, 422, 'CATALOG.PRICE_LIST_INVALID');
    expect(problem.errors).toEqual([{ row: 5, column: 'price', message: 'not a price in rubles (e.g. 1 234,50)' }]);
    expect(problem).toMatchObject({ created: 1, updated: 2 });

    expect(await catalogState()).toEqual(before);
    expect(await offersBySku(seller)).toEqual(offersBefore);
    expect(await priceHistory(offersBefore.get(`A-${t}`)!.id)).toEqual([65000]);
  });

  it('refuses stock below what orders have reserved, naming the warehouse column', async () => {
    const { seller, msk } = await sellerWithWarehouses();
    const t = tag();
    const file = (onHand: number) =>
      `sku;name;category;unit;price;vat;MSK-1\nR-${t};Цемент;cement;мешок;650;22;${onHand}`;
    expect((await csv(seller.accessToken, file(50), false)).json()).toMatchObject({ created: 1 });
    const offer = (await offersBySku(seller)).get(`R-${t}`)!;
    await ctx.database.db.transaction((tx: Executor) =>
      ctx.app.modules.catalog.stock.reserve(tx, [{ offerId: offer.id, warehouseId: msk.id, quantity: '30' }]),
    );

    const below = await csv(seller.accessToken, file(29), false);
    expect(expectProblem(below, 422, 'CATALOG.PRICE_LIST_INVALID').errors).toEqual([
      { row: 2, column: 'MSK-1', message: '29 is below the 30 already reserved by orders' },
    ]);
    expect((await fx.stockRow(offer.id, msk.id)).onHand).toBe('50');

    const exactly = await csv(seller.accessToken, file(30), false);
    expect(exactly.json()).toMatchObject({ updated: 1, errors: [] });
    expect(await fx.stockRow(offer.id, msk.id)).toEqual({ onHand: '30', reserved: '30' });
  });

  it('refuses a row whose unit differs from the existing card with that SKU', async () => {
    const { seller } = await sellerWithWarehouses();
    const admin = await ctx.make.admin();
    const t = tag();
    await fx.product(admin, { sku: `U-${t}`, unit: 'т' });
    const res = await csv(seller.accessToken, `sku;unit;price;vat\nU-${t};кг;75;22`, true);
    expect(res.json().errors).toEqual([{ row: 2, column: 'unit', message: expect.stringContaining('sold in т') }]);
  });

  it('names the missing columns of the header', async () => {
    const { seller } = await sellerWithWarehouses();
    const res = await csv(seller.accessToken, 'name;unit\nЦемент;мешок', true);
    expect(res.json()).toMatchObject({
      rows: 1,
      errors: [
        { row: 1, column: 'sku', message: 'the column is missing' },
        { row: 1, column: 'price', message: 'the column is missing' },
      ],
    });
  });

  it('is for approved sellers only', async () => {
    const file = multipart('price.csv', 'sku;price\nA;1');
    const customer = await ctx.make.customer();
    expectProblem(await upload(customer.accessToken, file, true), 403, 'AUTH.FORBIDDEN');
    const pending = await ctx.make.seller({ approved: false });
    expectProblem(await upload(pending.accessToken, file, true), 403, 'CATALOG.SELLER_NOT_APPROVED');
    expectProblem(
      await ctx.request({ method: 'POST', url: `${PRICE_LISTS}?dryRun=true`, ...file }),
      401,
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('answers 400 naming `file` when there is no file, 415 for other formats, 413 past a limit', async () => {
    const { seller } = await sellerWithWarehouses();
    const token = seller.accessToken;
    const noBody = await ctx.request({ method: 'POST', url: `${PRICE_LISTS}?dryRun=true`, token });
    expect(expectProblem(noBody, 400, 'VALIDATION').errors).toEqual([{ path: 'file', message: expect.any(String) }]);

    const boundary = 'xyz123';
    const onlyField = await ctx.request({
      method: 'POST',
      url: `${PRICE_LISTS}?dryRun=true`,
      token,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="comment"\r\n\r\nhello\r\n--${boundary}--\r\n`,
    });
    expect(expectProblem(onlyField, 400, 'VALIDATION').errors[0].path).toBe('file');
    const wrongField = await upload(token, multipart('price.csv', 'sku;price\nA;1', { field: 'upload' }), true);
    expect(expectProblem(wrongField, 400, 'VALIDATION').errors[0].path).toBe('file');

    const cutOff = await ctx.request({
      method: 'POST',
      url: `${PRICE_LISTS}?dryRun=true`,
      token,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nsku;price\nA;1`,
    });
    expect(expectProblem(cutOff, 400, 'VALIDATION').errors[0].path).toBe('file');
    const rawCsv = await ctx.request({
      method: 'POST',
      url: `${PRICE_LISTS}?dryRun=true`,
      token,
      headers: { 'content-type': 'text/csv' },
      payload: 'sku;price\nA;1',
    });
    expect(expectProblem(rawCsv, 415, 'CATALOG.PRICE_LIST_FORMAT').errors[0].path).toBe('file');

    const pdf = await upload(token, multipart('price.pdf', Buffer.from('%PDF-1.7\n1 0 obj')), true);
    expect(expectProblem(pdf, 415, 'CATALOG.PRICE_LIST_FORMAT').errors[0].path).toBe('file');
    const json = await upload(token, multipart('price.json', '{"sku": "A"}', { type: 'application/json' }), true);
    expectProblem(json, 415, 'CATALOG.PRICE_LIST_FORMAT');
    const xls = await upload(
      token,
      multipart('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      true,
    );
    expect(expectProblem(xls, 415, 'CATALOG.PRICE_LIST_FORMAT').detail).toMatch(/xlsx/);
    const brokenXlsx = await upload(token, multipart('price.xlsx', Buffer.from('PK\u0003\u0004garbage')), true);
    expect(expectProblem(brokenXlsx, 400, 'VALIDATION').errors[0].path).toBe('file');

    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const tooLarge = await upload(token, multipart('price.csv', big), true);
    expect(expectProblem(tooLarge, 413, 'CATALOG.PRICE_LIST_TOO_LARGE').errors[0].path).toBe('file');
  });

  it('loads 10 000 rows in one run', async () => {
    const { seller } = await sellerWithWarehouses();
    const t = tag();
    const lines = ['sku;name;category;unit;price;vat;min_qty;step;MSK-1;SPB-1'];
    for (let i = 0; i < 10_000; i++) {
      lines.push(
        `BULK-${t}-${i};Кирпич облицовочный №${i};kirpich-ryadovoj;шт;${20 + (i % 50)},${i % 100};22;1;1;${i % 500};${i % 7}`,
      );
    }
    const res = await csv(seller.accessToken, lines.join('\n'), false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 10_000, productsCreated: 10_000, rows: 10_000, errors: [] });
    const [count] = await queryRows<{ offers: string | number; listed: string | number }>(
      ctx.database.db,
      sql`select count(*) as offers,
                 count(*) filter (where exists (select 1 from catalog.product_listing l
                                                where l.product_id = o.product_id and l.offer_count = 1)) as listed
          from catalog.offers o where o.seller_id = ${seller.id}::uuid`,
    );
    expect(Number(count!.offers)).toBe(10_000);
    // Every product with stock is searchable: the listing summary was refreshed for all of them.
    expect(Number(count!.listed)).toBe(lines.slice(1).filter((l) => !/;0;0$/.test(l)).length);
  });
});

describe('GET /api/v1/catalog/price-lists/template.xlsx', () => {
  const TEMPLATE = `${PRICE_LISTS}/template.xlsx`;

  async function readWorkbook(body: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    return rows;
  }

  it('is a workbook with example rows and the example warehouses for anyone', async () => {
    const res = await ctx.request({ method: 'GET', url: TEMPLATE });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="price-list-template.xlsx"');
    const rows = await readWorkbook(res.rawPayload);
    expect(rows[0]).toEqual([
      'sku',
      'name',
      'category',
      'unit',
      'price',
      'vat',
      'min_qty',
      'step',
      'weight_kg',
      'volume_m3',
      'MSK-1',
      'SPB-1',
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.length).toBeLessThanOrEqual(6);
    expect(rows[1]).toEqual(expect.arrayContaining(['Цемент М500 Д0 50 кг', 650]));
    expect(rows.some((r) => String(r[1]).startsWith('Кирпич'))).toBe(true);
    expect(rows.some((r) => String(r[1]).startsWith('Песок строительный'))).toBe(true);
  });

  it("puts a seller's own warehouse codes in, and loads back without errors", async () => {
    const seller = await ctx.make.seller();
    await fx.warehouse(seller, { code: 'PODOLSK-2' });
    await fx.warehouse(seller, { code: 'KZN-1' });
    const res = await ctx.request({ method: 'GET', url: TEMPLATE, token: seller.accessToken });
    expect(res.statusCode).toBe(200);
    const rows = await readWorkbook(res.rawPayload);
    expect(rows[0]!.slice(-2)).toEqual(['KZN-1', 'PODOLSK-2']);

    const check = await upload(seller.accessToken, multipart('template.xlsx', res.rawPayload), true);
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ errors: [], created: rows.length - 1 });
  });

  it('refuses a bad token rather than ignoring it', async () => {
    expectProblem(await ctx.request({ method: 'GET', url: TEMPLATE, token: 'not-a-jwt' }), 401, 'AUTH.INVALID_TOKEN');
  });
});

/** Cyrillic in Windows-1251: А–я are 0xC0–0xFF, Ё 0xA8, ё 0xB8; ASCII as is. */
function toWindows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x350;
      if (ch === 'Ё') return 0xa8;
      if (ch === 'ё') return 0xb8;
      throw new Error(`no Windows-1251 code for ${ch}`);
    }),
  );
}
