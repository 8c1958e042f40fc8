import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import { toProblem } from '../../../shared/http/problem.js';
import { PRICE_LIST_LIMITS, PriceListsService } from '../price-lists/index.js';
import { CATALOG, CatalogFixtures, tag } from '../../../../test/fixtures/catalog.js';
import {
  MB,
  SHEET_HEAD,
  SHEET_TAIL,
  loopTurnsDuring,
  multipart,
  peakMemoryDuring,
  repeatedPart,
  workbook,
  zipBombXlsx,
} from '../../../../test/price-list-builders.js';

/**
 * A small file must not be able to take the server's memory or event loop.
 * Every hostile file is uploaded for real (not a dry run): it must be refused with 413 naming the
 * limit passed, leave the catalog as it was, and cost the process well under 100 MB while read.
 */
let ctx: TestContext;
let fx: CatalogFixtures;
let seller: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  await fx.category({ slug: 'kirpich-ryadovoj', name: 'Рядовой кирпич' });
  seller = await ctx.make.seller();
  await fx.warehouse(seller, { code: 'MSK-1', name: 'Склад Подольск' });
});
afterAll(() => ctx.close());

const L = PRICE_LIST_LIMITS;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What reading one upload may add to the process: the server's normal footprint + 100 MB, with room for the test's own copies. */
const MEMORY_BOUND = 100 * MB;

function upload(filename: string, content: Buffer | string, dryRun: boolean) {
  const type = filename.endsWith('.xlsx') ? XLSX : 'text/csv';
  return ctx.request({
    method: 'POST',
    url: `${CATALOG}/price-lists?dryRun=${dryRun}`,
    token: seller.accessToken,
    ...multipart(filename, content, { type }),
  });
}

/** Everything a price list can write. */
async function catalogState() {
  const [state] = await queryRows<Record<string, string | number>>(
    ctx.database.db,
    sql`select (select count(*) from catalog.products) as products, (select count(*) from catalog.offers) as offers,
               (select count(*) from catalog.stock) as stock, (select count(*) from catalog.price_history) as history,
               (select coalesce(max(updated_at)::text, '') from catalog.offers) as offers_updated`,
  );
  return state;
}

/** Uploads for real: 413 naming the limit, nothing written, memory growth bounded. */
async function expectRefused(filename: string, content: Buffer | string, limit: string, max: number) {
  const before = await catalogState();
  const { result: res, rssGrowth, heapGrowth } = await peakMemoryDuring(() => upload(filename, content, false));
  const problem = expectProblem(res, 413, 'CATALOG.PRICE_LIST_TOO_LARGE');
  expect(problem).toMatchObject({ limit, max, errors: [{ path: 'file', message: problem.detail }] });
  expect(await catalogState()).toEqual(before);
  expect(rssGrowth).toBeLessThan(MEMORY_BOUND);
  expect(heapGrowth).toBeLessThan(MEMORY_BOUND);
  return problem;
}

const row = (...cells: string[]) =>
  `<row>${cells.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
const HEADER = row('sku', 'price');
const sheetPart = (middle: string, times: number, tail = SHEET_TAIL) =>
  repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD + HEADER, middle, times, tail);
const sharedStringsPart = (middle: string, times: number) =>
  repeatedPart('xl/sharedStrings.xml', `<sst xmlns="${MAIN}">`, middle, times, '</sst>');

describe('price-list upload limits', () => {
  it('stops the zip bomb (26.5 M cells in under 1 MB) at the cell limit, in bounded memory', async () => {
    const bomb = zipBombXlsx();
    expect(bomb.length).toBeLessThan(MB);
    const problem = await expectRefused('bomb.xlsx', bomb, 'cells', L.cells);
    expect(problem.detail).toMatch(/more than 3000000 cells/);
    // The dry run the finding used is stopped the same way.
    expectProblem(await upload('bomb.xlsx', bomb, true), 413, 'CATALOG.PRICE_LIST_TOO_LARGE');
  });

  it('refuses an XLSX with more rows than a price list holds', async () => {
    const rows = sheetPart(row('x', '1'), L.rows + 1);
    const problem = await expectRefused('rows.xlsx', workbook(rows), 'rows', L.rows);
    expect(problem.detail).toMatch(/split it/);
  });

  it('refuses an XLSX with content past the last column; empty styled cells out there do not count', async () => {
    const far = `<row r="2"><c r="A2" t="inlineStr"><is><t>A-1</t></is></c><c r="IW2" t="inlineStr"><is><t>x</t></is></c></row>`;
    await expectRefused('columns.xlsx', workbook(sheetPart(far, 1)), 'columns', L.columns);

    const styled = `<row r="2"><c r="A2" t="inlineStr"><is><t>A-${tag()}</t></is></c><c r="B2"><v>10</v></c><c r="XFD2" s="1"/></row>`;
    const res = await upload('styled.xlsx', workbook(sheetPart(styled, 1)), true);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 1 });
  });

  it('refuses an XLSX whose shared-string table is too long, too large in all, or holds a text too long for a cell', async () => {
    const sheet = sheetPart('<row><c t="s"><v>0</v></c></row>', 1);
    await expectRefused(
      'strings.xlsx',
      workbook(sheet, sharedStringsPart('<si><t>a</t></si>', L.sharedStrings + 1)),
      'sharedStrings',
      L.sharedStrings,
    );
    const long = `<si><t>${'a'.repeat(20_000)}</t></si>`;
    const total = Math.floor(L.sharedStringCharacters / 20_000) + 1;
    await expectRefused(
      'texts.xlsx',
      workbook(sheet, sharedStringsPart(long, total)),
      'sharedStringCharacters',
      L.sharedStringCharacters,
    );
    const huge = `<sst xmlns="${MAIN}"><si><t>${'я'.repeat(L.cellCharacters + 1)}</t></si></sst>`;
    await expectRefused('huge.xlsx', workbook(sheet, huge), 'cellCharacters', L.cellCharacters);
  });

  it('refuses an XLSX cell too long, and one that unpacks to more bytes than allowed', async () => {
    const long = sheetPart(row('A-1', 'б'.repeat(L.cellCharacters + 1)), 1);
    const problem = await expectRefused('cell.xlsx', workbook(long), 'cellCharacters', L.cellCharacters);
    expect(problem.detail).toMatch(/^row 2: /);
    // A comment is skipped unread, but its bytes still have to be unpacked: they are counted.
    const padded = sheetPart(`<!--${' '.repeat(MB)}-->`, Math.ceil(L.bytes / MB) + 1);
    await expectRefused('bytes.xlsx', workbook(padded), 'bytes', L.bytes);
  });

  it('refuses an XLSX with more merged ranges than it may hold', async () => {
    const merges = repeatedPart(
      'xl/worksheets/sheet1.xml',
      `${SHEET_HEAD}${HEADER}</sheetData><mergeCells>`,
      '<mergeCell ref="A2:B2"/>',
      L.mergedRanges + 1,
      '</mergeCells></worksheet>',
    );
    await expectRefused('merges.xlsx', workbook(merges), 'mergedRanges', L.mergedRanges);
  });

  it('refuses a few bytes of merged ranges that would cover more cells than a sheet may hold', async () => {
    // 2 500 ranges, each from its own row down to row 900 000 000, over 2 440 empty rows: a file of
    // a few KB whose every row would cost a pass over the ranges above it.
    const refs = Array.from({ length: 2_500 }, (_, i) => `<mergeCell ref="A${i + 3}:A900000000"/>`).join('');
    const tall = `${SHEET_HEAD}${HEADER}${'<row/>'.repeat(2_440)}</sheetData><mergeCells>${refs}</mergeCells></worksheet>`;
    await expectRefused('tall-merges.xlsx', workbook(tall), 'cells', L.cells);
  });

  it('refuses the 9.8 MB CSV whose header has 4.9 M columns, and one of millions of empty fields', async () => {
    const header = 'a;'.repeat(4_900_000);
    expect(header.length).toBeGreaterThan(9.7e6);
    const problem = await expectRefused('wide.csv', header, 'columns', L.columns);
    expect(problem.detail).toMatch(/^row 1: the sheet has more than 256 columns/);
    await expectRefused('empty.csv', ';'.repeat(9_800_000), 'cells', L.cells);
  });

  it('refuses a CSV with more rows than a price list holds, and a cell too long', async () => {
    const rows = `sku;price\n${'x;1\n'.repeat(L.rows + 1)}`;
    await expectRefused('rows.csv', rows, 'rows', L.rows);
    const problem = await expectRefused(
      'cell.csv',
      `sku;name\nA-1;"${'я'.repeat(L.cellCharacters + 1)}"`,
      'cellCharacters',
      L.cellCharacters,
    );
    expect(problem.detail).toMatch(/^row 2: a cell holds more than 32767 characters/);
  });

  it('names the file limit too', async () => {
    // Past 64 MiB before any other limit: rows of ten 3 000-character cells (the upload streams, so
    // a file of one long cell would stop at cellCharacters first).
    const row = `${`${'a'.repeat(3000)};`.repeat(10)}\n`;
    const big = Buffer.from(row.repeat(Math.ceil((64 * MB + 1) / row.length)));
    const problem = expectProblem(await upload('big.csv', big, true), 413, 'CATALOG.PRICE_LIST_TOO_LARGE');
    expect(problem).toMatchObject({ limit: 'fileBytes', max: 64 * MB });
  });

  it('stops reading past its time budget (a service with a budget of none)', async () => {
    const impatient = new PriceListsService(ctx.database.db, ctx.clock, { ...L, seconds: 0 });
    const principal = { userId: seller.id, role: 'seller' as const, sessionId: 'test', status: 'approved' };
    const file = { filename: 'p.csv', mimetype: 'text/csv', data: Buffer.from(`sku;price\nA-${tag()};10\n`) };
    const err = await impatient.upload(principal, file, { dryRun: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toProblem(err)).toMatchObject({
      status: 413,
      code: 'CATALOG.PRICE_LIST_TOO_LARGE',
      limit: 'seconds',
      max: 0,
    });
  });
});

describe('price lists within the limits', () => {
  const HEAD = ['sku', 'name', 'category', 'unit', 'price', 'vat', 'min_qty', 'step', 'MSK-1'];
  const rows = (t: string) =>
    Array.from({ length: 10_000 }, (_, i) => [
      `L-${t}-${i}`,
      `Кирпич лицевой №${i}`,
      'kirpich-ryadovoj',
      'шт',
      (2000 + (i % 50) * 100 + (i % 100)) / 100,
      22,
      1,
      1,
      i % 500,
    ]);

  async function loads(filename: string, content: Buffer | string) {
    for (const dryRun of [true, false]) {
      const { result, rssGrowth } = await peakMemoryDuring(() =>
        loopTurnsDuring(() => upload(filename, content, dryRun)),
      );
      expect(result.result.statusCode, result.result.body).toBe(200);
      expect(result.result.json()).toMatchObject({ dryRun, created: 10_000, rows: 10_000, errors: [] });
      // Read in slices with the event loop turning between them (a blocking read would allow none).
      expect(result.turns).toBeGreaterThan(10);
      expect(rssGrowth).toBeLessThan(MEMORY_BOUND);
    }
  }

  it('loads a 10 000-row XLSX (dry run, then for real) in slices', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Прайс');
    sheet.addRow(HEAD);
    for (const r of rows(tag())) sheet.addRow(r);
    await loads('bulk.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
  });

  it('loads a 10 000-row CSV (dry run, then for real) in slices', async () => {
    const text = [HEAD.join(';'), ...rows(tag()).map((r) => r.join(';'))].join('\r\n');
    await loads('bulk.csv', text);
  });
});

describe('a price list read before its transaction', () => {
  it('is refused (409, nothing written) when a warehouse it names is deleted while the file is read', async () => {
    const other = await ctx.make.seller();
    const doomed = await fx.warehouse(other, { code: 'KZN-1' });
    const principal = { userId: other.id, role: 'seller' as const, sessionId: 'test', status: 'approved' };
    const db = ctx.database.db;
    // The deletion lands between the file's reading (outside the transaction) and the transaction.
    const racing = new Proxy(db, {
      get(target, key) {
        if (key !== 'transaction') return Reflect.get(target, key);
        return async (...args: Parameters<typeof db.transaction>) => {
          const res = await ctx.request({
            method: 'DELETE',
            url: `${CATALOG}/warehouses/${doomed.id}`,
            token: other.accessToken,
          });
          expect(res.statusCode, res.body).toBe(204);
          return target.transaction(...args);
        };
      },
    });
    const service = new PriceListsService(racing, ctx.clock);
    const file = {
      filename: 'p.csv',
      mimetype: 'text/csv',
      data: Buffer.from(`sku;price;vat;KZN-1\nR-${tag()};10;22;5\n`),
    };
    const before = await catalogState();
    const err = await service.upload(principal, file, { dryRun: false }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toProblem(err)).toMatchObject({ status: 409, code: 'CATALOG.PRICE_LIST_WAREHOUSES_CHANGED' });
    expect(await catalogState()).toEqual(before);
  });
});
