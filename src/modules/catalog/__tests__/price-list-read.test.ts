import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toProblem } from '../../../shared/http/problem.js';
import { PRICE_LIST_LIMITS } from '../price-lists/read-limits.js';
import { readPriceListFile, type SheetRow } from '../price-lists/read-file.js';
import { SHEET_HEAD, SHEET_TAIL, loopTurnsDuring, part, workbook, zip } from '../../../../test/price-list-builders.js';

/**
 * What the reader makes of a file: the rows a person sees in Excel or a text editor, numbered as
 * there. These pin what sellers' files were read as before the reader streamed (exceljs and
 * csv-parse), and the files it refuses.
 */
async function read(data: Buffer, filename = 'price.xlsx') {
  let rows: SheetRow[] = [];
  const result = await readPriceListFile(
    { filename, mimetype: 'application/octet-stream', data },
    PRICE_LIST_LIMITS,
    () => {
      rows = [];
      return { add: (row: SheetRow) => rows.push(row) };
    },
  );
  return { rows: rows.map((r) => [r.row, ...r.cells]), error: result.error };
}
const csv = (text: string | Buffer) => read(Buffer.from(text), 'price.csv');

async function xlsx(build: (book: ExcelJS.Workbook) => void, opts: { useSharedStrings?: boolean } = {}) {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer(opts as ExcelJS.XlsxWriteOptions));
}

/** The problem a refused file answers with. */
async function refusal(data: Buffer, filename = 'price.xlsx') {
  const err = await read(data, filename).then(
    () => null,
    (e: unknown) => e,
  );
  return toProblem(err);
}

describe('reading an XLSX', () => {
  const sheetOfEverything = (book: ExcelJS.Workbook) => {
    const s = book.addWorksheet('Прайс');
    s.addRow(['sku', 'price', 'date', 'vat']);
    s.addRow(['A & <b> "q"', 0.1 + 0.2 + 949.7, new Date(Date.UTC(2026, 0, 15)), 0.22]);
    s.getCell('D2').numFmt = '0%';
    s.addRow([
      { richText: [{ text: ' Кирпич ', font: { bold: true } }, { text: 'М150 ' }] },
      { formula: '100+20', result: 120 },
      { formula: 'TODAY()', result: new Date(Date.UTC(2026, 5, 1, 13, 30)) },
      { formula: 'D2/2', result: 0.105 },
    ]);
    s.getCell('D3').numFmt = '0.00%';
    s.addRow([]);
    s.addRow([true, { formula: 'NA()', result: { error: '#N/A' } }, { formula: '"x"&"y"', result: 'xy' }, -0.5]);
    s.addRow([{ text: 'ссылка', hyperlink: 'https://tutuu.example' }, 1234.5, 45000.75, '  пробелы  ']);
    s.getCell('B6').numFmt = '#,##0.00 "руб."';
    s.getCell('C6').numFmt = 'dd.mm.yyyy';
    s.getCell('A8').value = 'далеко';
    s.getCell('F8').value = 'справа';
    s.getCell('C9').style = { font: { bold: true } };
  };
  const expected = [
    [1, 'sku', 'price', 'date', 'vat'],
    [2, 'A & <b> "q"', '950', '2026-01-15', '22'],
    [3, 'Кирпич М150', '120', '2026-06-01', '10.5'],
    [5, 'true', '#N/A', 'xy', '-0.5'],
    [6, 'ссылка', '1234.5', '2023-03-15', 'пробелы'],
    [8, 'далеко', '', '', '', '', 'справа'],
  ];

  it('reads cells as shown: no float noise, percents, dates, formulas by result, rich text; rows numbered as in the sheet', async () => {
    expect((await read(await xlsx(sheetOfEverything))).rows).toEqual(expected);
    expect((await read(await xlsx(sheetOfEverything, { useSharedStrings: false }))).rows).toEqual(expected);
  });

  it('counts dates from 1904 in a 1904-based workbook', async () => {
    const file = await xlsx((book) => {
      book.properties.date1904 = true;
      book.addWorksheet('s').addRow(['date', new Date(Date.UTC(2024, 1, 29))]);
    });
    expect((await read(file)).rows).toEqual([[1, 'date', '2024-02-29']]);
  });

  it('reads the first visible sheet', async () => {
    const file = await xlsx((book) => {
      const hidden = book.addWorksheet('Скрытый');
      hidden.state = 'hidden';
      hidden.addRow(['hidden']);
      const veryHidden = book.addWorksheet('Совсем скрытый');
      veryHidden.state = 'veryHidden';
      veryHidden.addRow(['very hidden']);
      book.addWorksheet('Прайс').addRow(['visible']);
      book.addWorksheet('Инструкция').addRow(['second visible']);
    });
    expect((await read(file)).rows).toEqual([[1, 'visible']]);
  });

  it('fills merged ranges with their text, as Excel shows them, rows made by a merge included', async () => {
    const file = await xlsx((book) => {
      const s = book.addWorksheet('s');
      s.addRow(['Прайс-лист']);
      s.mergeCells('A1:C1');
      s.addRow(['sku', 'category', 'price']);
      s.addRow(['A-1', 'cement', 10]);
      s.addRow(['A-2', null, 20]);
      s.mergeCells('B3:B5');
    });
    expect((await read(file)).rows).toEqual([
      [1, 'Прайс-лист', 'Прайс-лист', 'Прайс-лист'],
      [2, 'sku', 'category', 'price'],
      [3, 'A-1', 'cement', '10'],
      [4, 'A-2', 'cement', '20'],
      [5, '', 'cement'],
    ]);
  });

  it('reads parts as other tools write them: prefixes, no cell references, escapes, phonetic runs, CDATA, comments', async () => {
    const sheet =
      `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<x:sheetData><!-- a comment --><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>` +
      `<x:row><x:c t="inlineStr"><x:is><x:t>a_x000D_b</x:t></x:is></x:c><x:c t="str"><x:v><![CDATA[<cdata> & co]]></x:v></x:c>` +
      `<x:c t="inlineStr"><x:is><x:r><x:t xml:space="preserve">дом </x:t></x:r><x:r><x:t>&#x1F3E0;&amp;</x:t></x:r></x:is></x:c></x:row>` +
      `<x:row r="7"><x:c r="C7" t="b"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const strings =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>sku</t></si>' +
      '<si><r><t>цена</t></r><rPh sb="0" eb="1"><t>ツ</t></rPh><r><t>, руб</t></r></si></sst>';
    expect((await read(workbook(sheet, strings))).rows).toEqual([
      [1, 'sku', 'цена, руб'],
      [2, 'a\rb', '<cdata> & co', 'дом 🏠&'],
      [7, '', '', 'false'],
    ]);
  });

  it('refuses workbooks it cannot read, naming `file`: broken, cut off, encrypted, ZIP64, other compression, a DTD', async () => {
    const good = workbook(inline('sku'));
    const withFlags = Buffer.from(good);
    const directory = withFlags.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    withFlags.writeUInt16LE(0x801, directory + 8);
    const otherMethod = Buffer.from(good);
    otherMethod.writeUInt16LE(12, directory + 10);
    const zip64 = Buffer.concat([
      good.subarray(0, good.length - 22),
      Buffer.alloc(20),
      good.subarray(good.length - 22),
    ]);
    zip64.writeUInt32LE(0x07064b50, good.length - 22);
    const cases: [Buffer, number, RegExp][] = [
      [Buffer.from('PK\u0003\u0004garbage'), 400, /not a readable XLSX workbook/],
      [good.subarray(0, good.length - 30), 400, /not a readable XLSX workbook/],
      [withFlags, 415, /password-protected/],
      [otherMethod, 415, /compressed by method 12/],
      [zip64, 415, /ZIP64/],
      [workbook(`<!DOCTYPE x [<!ENTITY a "aaaa">]>${inline('sku')}`), 400, /DOCTYPE/],
      [workbook(inline('sku').slice(0, -3)), 400, /middle of a tag/],
      [zip([part('xl/workbook.xml', '<workbook/>')]), 400, /no workbook part|no sheets/],
    ];
    for (const [file, status, message] of cases) {
      const problem = await refusal(file);
      expect(problem, message.source).toMatchObject({
        status,
        errors: [{ path: 'file', message: expect.stringMatching(message) }],
      });
    }
  });
});

const inline = (...cells: string[]) =>
  `${SHEET_HEAD}<row>${cells.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>${SHEET_TAIL}`;

describe('reading a CSV', () => {
  it('tells the delimiter by the header: `;` keeps 1 234,50 whole; `,` and tabs work too', async () => {
    expect((await csv('sku;price\nA;1 234,50\n')).rows).toEqual([
      [1, 'sku', 'price'],
      [2, 'A', '1 234,50'],
    ]);
    expect((await csv('sku,price\r\nA,"1,5"\r\n')).rows).toEqual([
      [1, 'sku', 'price'],
      [2, 'A', '1,5'],
    ]);
    expect((await csv('sku\tprice\nA\t7;8')).rows).toEqual([
      [1, 'sku', 'price'],
      [2, 'A', '7;8'],
    ]);
  });

  it('reads UTF-8 with or without a byte-order mark, and anything else as Windows-1251', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Артикул;Цена\nА-1;5')]);
    expect((await csv(bom)).rows).toEqual([
      [1, 'Артикул', 'Цена'],
      [2, 'А-1', '5'],
    ]);
    // «Цена;Ёж» in Windows-1251.
    const cp1251 = Buffer.from([0xd6, 0xe5, 0xed, 0xe0, 0x3b, 0xa8, 0xe6]);
    expect((await csv(cp1251)).rows).toEqual([[1, 'Цена', 'Ёж']]);
  });

  it('numbers rows by the line they start on, skips empty ones, keeps stray quotes as text', async () => {
    const text = 'sku;name\r\n\r\nA;"две\nстроки"\r\n;;\nB;12" труба\nC;"ок" да\rD;"а ""б"""';
    expect((await csv(text)).rows).toEqual([
      [1, 'sku', 'name'],
      [3, 'A', 'две\nстроки'],
      [6, 'B', '12" труба'],
      [7, 'C', '"ок" да'],
      [8, 'D', 'а "б"'],
    ]);
  });

  it('keeps the rows before a quote that is never closed, and names the line it opened on', async () => {
    const { rows, error } = await csv('sku;price\nA;1\nB;"2\nC;3\n');
    expect(rows).toEqual([
      [1, 'sku', 'price'],
      [2, 'A', '1'],
    ]);
    expect(error).toEqual({
      row: 3,
      column: null,
      message: expect.stringMatching(/^the CSV cannot be read from here on/),
    });
  });
});

describe('reading in slices', () => {
  const lines = (n: number) => [
    'sku;name;price',
    ...Array.from({ length: n }, (_, i) => `S-${i};Кирпич облицовочный №${i};${20 + (i % 50)},50`),
  ];

  it('gives the event loop turns while it reads a 10 000-row CSV or XLSX', async () => {
    const text = lines(10_000).join('\n');
    const csvRead = await loopTurnsDuring(() => csv(text));
    expect(csvRead.result.rows).toHaveLength(10_001);
    expect(csvRead.turns).toBeGreaterThanOrEqual(Math.floor(Buffer.byteLength(text) / (64 * 1024)));

    const file = await xlsx((book) => {
      const s = book.addWorksheet('s');
      for (const l of lines(10_000)) s.addRow(l.split(';'));
    });
    const xlsxRead = await loopTurnsDuring(() => read(file));
    expect(xlsxRead.result.rows).toHaveLength(10_001);
    expect(xlsxRead.turns).toBeGreaterThan(10);
  });
});
