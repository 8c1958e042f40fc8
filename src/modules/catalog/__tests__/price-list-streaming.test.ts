import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { CATALOG, CatalogFixtures, tag } from '../../../../test/fixtures/catalog.js';
import { multipart } from '../../../../test/price-list-builders.js';
import { queryRows } from '../../../shared/db/database.js';
import { readPriceListFile, type SheetRow } from '../price-lists/read-file.js';
import { PRICE_LIST_LIMITS } from '../price-lists/read-limits.js';

/**
 * Uploads are read as they arrive and imported a batch at a time (docs/domain.md, Price lists):
 * a CSV cut into chunks anywhere reads as the whole file does, and the rows of a list longer
 * than a batch keep their numbers, their errors and their data across batch boundaries.
 */

let ctx: TestContext;
let fx: CatalogFixtures;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  await fx.category({ slug: 'kirpich-ryadovoj', name: 'Рядовой кирпич' });
});
afterAll(() => ctx.close());

async function rowsOf(data: Buffer | AsyncIterable<Buffer>) {
  const rows: SheetRow[] = [];
  const result = await readPriceListFile({ filename: 'p.csv', mimetype: 'text/csv', data }, PRICE_LIST_LIMITS, () => ({
    add: (row: SheetRow) => rows.push(row),
  }));
  return { rows: rows.map((r) => [r.row, ...r.cells]), error: result.error };
}

/** The bytes in chunks of 1, 2, … `max` bytes, over and over: every boundary falls somewhere. */
async function* chunked(data: Buffer, max: number): AsyncGenerator<Buffer> {
  for (let at = 0, size = 1; at < data.length; at += size, size = (size % max) + 1) {
    yield data.subarray(at, at + size);
  }
}

describe('a CSV read as it arrives', () => {
  const text = [
    'sku;name;price',
    'A-1;"Кирпич ""М150"", красный";1 234,50',
    'A-2;"две\r\nстроки";12',
    '',
    'A-3;Цемент М500 Д0;  7,5  ',
    'A-4;"без конца',
  ].join('\r\n');

  it('reads the same rows from chunks of any size as from the whole file, in UTF-8 (with a BOM) and Windows-1251', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const whole = await rowsOf(utf8);
    expect(whole.rows).toEqual([
      [1, 'sku', 'name', 'price'],
      [2, 'A-1', 'Кирпич "М150", красный', '1 234,50'],
      [3, 'A-2', 'две\r\nстроки', '12'],
      [6, 'A-3', 'Цемент М500 Д0', '7,5'],
    ]);
    expect(whole.error).toMatchObject({ row: 7, column: null });
    for (const max of [1, 2, 3, 5, 7]) expect(await rowsOf(chunked(utf8, max))).toEqual(whole);

    const windows = Buffer.from(
      [...text].map((c) => {
        const code = c.charCodeAt(0);
        if (code < 0x80) return code;
        if (c === 'Ё') return 0xa8;
        if (c === 'ё') return 0xb8;
        return code - 0x410 + 0xc0; // А–я
      }),
    );
    for (const max of [1, 4]) expect(await rowsOf(chunked(windows, max))).toEqual(whole);
  });

  it('stops at the row where a UTF-8 file stops being UTF-8 (past the 64 KB that told it), keeping the rows before it', async () => {
    const filler = Array.from({ length: 10_000 }, (_, i) => `B-${i};x`).join('\n');
    const file = Buffer.concat([
      Buffer.from(`sku;name\nA-1;Кирпич\n${filler}\nA-2;`),
      Buffer.from([0xca, 0xe8]), // «Ки» in Windows-1251
      Buffer.from('\nA-3;y\n'),
    ]);
    const whole = await rowsOf(file);
    expect(whole.rows).toHaveLength(10_002);
    expect(whole.rows[1]).toEqual([2, 'A-1', 'Кирпич']);
    expect(whole.error).toMatchObject({ row: 10_003, column: null, message: expect.stringMatching(/UTF-8/) });
    expect(await rowsOf(chunked(file, 7))).toEqual(whole);
  });
});

describe('a price list longer than a batch', () => {
  const HEAD = 'sku;name;category;unit;price;vat;MSK-1';
  const ROWS = 6_000;
  // Rows whose checks fail while the file is read, and rows that fail against the catalog; each
  // side of the 2 000-row batches, and the last row. SKUs run backwards, so batches (in SKU order)
  // take the rows out of file order.
  const BAD_PRICE = new Set([2, 4_003]);
  const BAD_CATEGORY = new Set([2_001, 2_002, ROWS + 1]);

  const sku = (t: string, row: number) => `S-${t}-${String(99_999 - row).padStart(5, '0')}`;

  function priceList(t: string, withBadRows: boolean): string {
    const lines = [HEAD];
    for (let row = 2; row <= ROWS + 1; row++) {
      const kopecks = String(row % 100).padStart(2, '0');
      const price = withBadRows && BAD_PRICE.has(row) ? 'дёшево' : `${100 + (row % 50)},${kopecks}`;
      const category = withBadRows && BAD_CATEGORY.has(row) ? 'no-such-category' : 'kirpich-ryadovoj';
      const name = `Кирпич облицовочный, строка ${row}${' М150 F50'.repeat(28)}`;
      lines.push(`${sku(t, row)};${name};${category};шт;${price};22;${row % 500}`);
    }
    return lines.join('\r\n');
  }

  async function upload(token: string, text: string, dryRun: boolean) {
    return ctx.request({
      method: 'POST',
      url: `${CATALOG}/price-lists?dryRun=${dryRun}`,
      token,
      ...multipart('price.csv', text, { type: 'text/csv' }),
    });
  }

  const productsOf = (t: string) =>
    queryRows<{ sku: string; name: string; price_minor: number; on_hand: string }>(
      ctx.database.db,
      sql`select p.sku, p.name, o.price_minor, k.on_hand::text as on_hand from catalog.products p
          join catalog.offers o on o.product_id = p.id join catalog.stock k on k.offer_id = o.id
          where p.sku like ${`S-${t}-%`}`,
    );

  it('reports every bad row by its number and column across batches; a real run then changes nothing, and the good rows all load', async () => {
    const seller = await ctx.make.seller();
    await fx.warehouse(seller, { code: 'MSK-1' });
    const t = tag();
    const withBad = priceList(t, true);
    expect(Buffer.byteLength(withBad)).toBeGreaterThan(2_000_000);
    const expected = [...BAD_PRICE, ...BAD_CATEGORY]
      .sort((a, b) => a - b)
      .map((row) => ({ row, column: BAD_PRICE.has(row) ? 'price' : 'category', message: expect.any(String) }));

    const dry = await upload(seller.accessToken, withBad, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: ROWS, created: ROWS - 5, updated: 0, errors: expected });

    const refused = expectProblem(await upload(seller.accessToken, withBad, false), 422, 'CATALOG.PRICE_LIST_INVALID');
    expect(refused.errors).toEqual(expected);
    expect(await productsOf(t)).toEqual([]);

    const res = await upload(seller.accessToken, priceList(t, false), false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, rows: ROWS, created: ROWS, productsCreated: ROWS, errors: [] });
    const loaded = new Map((await productsOf(t)).map((p) => [p.sku, p]));
    expect(loaded.size).toBe(ROWS);
    for (const row of [2, 2_001, 2_002, 4_003, ROWS + 1]) {
      const p = loaded.get(sku(t, row))!;
      expect(p.name).toMatch(new RegExp(`^Кирпич облицовочный, строка ${row} М150`));
      expect(p.price_minor).toBe((100 + (row % 50)) * 100 + (row % 100));
      expect(Number(p.on_hand)).toBe(row % 500);
    }
  }, 180_000);

  it('keeps the first 10 000 errors in row order however many rows fail, and counts them all', async () => {
    const seller = await ctx.make.seller();
    const t = tag();
    const lines = ['sku;price;vat;category;name;unit'];
    // SKUs backwards again: the catalog's errors come a batch at a time from the end of the file.
    for (let row = 2; row <= 10_051; row++) lines.push(`E-${t}-${String(99_999 - row)};10;22;nowhere;Кирпич;шт`);
    const res = await upload(seller.accessToken, lines.join('\n'), true);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ rows: 10_050, created: 0, errorCount: 10_050 });
    expect(report.errors).toHaveLength(10_000);
    expect(report.errors.map((e: { row: number }) => e.row)).toEqual(Array.from({ length: 10_000 }, (_, i) => i + 2));
  }, 120_000);
});
