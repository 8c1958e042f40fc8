import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { estimateXlsx } from '../estimates/export/estimate-xlsx.js';
import type { EstimateView } from '../estimates/estimate.js';
import type { ExportMeta } from '../estimates/export/export-format.js';
import { TEMPLATES } from '../estimates/templates/index.js';
import { estimate, freeLine, HOUSE, housePrices, PRICES, STROYBAZA, WALL } from './estimate-export-fixture.js';
import { Workbook } from './xlsx-formulas.js';

const META: ExportMeta = { title: 'Дом в Истре', createdAt: new Date('2026-11-27T21:30:00Z'), version: 2 };
const JOB = '1. Стены первого этажа';

async function read(view: EstimateView, meta: ExportMeta = META): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await estimateXlsx(view, meta)) as unknown as ExcelJS.Buffer);
  return book;
}

/** The row whose column `col` reads `text`. */
function rowOf(sheet: ExcelJS.Worksheet, col: string, text: string): number {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (!found && row.getCell(col).value === text) found = n;
  });
  if (!found) throw new Error(`no row with ${text} in ${col} of ${sheet.name}`);
  return found;
}

describe('estimateXlsx', () => {
  it('writes the summary and one sheet per job, inputs on top, each line with live formulas and the estimate’s figures', async () => {
    const book = await read(estimate([WALL, { ...WALL, title: 'Гараж' }], PRICES));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Итого', JOB, '2. Гараж']);
    const sheet = book.getWorksheet(JOB)!;
    expect(sheet.getCell('A1').value).toBe(JOB);
    expect(sheet.getCell('A2').value).toBe(
      'Кирпичная стена. Смета «Дом в Истре», сформирована 28.11.2026 00:30 МСК, версия 2',
    );
    const length = rowOf(sheet, 'B', 'Длина стены');
    expect([sheet.getCell(`D${length}`).value, sheet.getCell(`E${length}`).value]).toEqual([10, 'м']);
    expect(sheet.getCell(`D${rowOf(sheet, 'B', 'Проёмы (окна, двери)')}`).value).toBe('1,5×1,2 м × 2');
    expect(sheet.getCell(`D${rowOf(sheet, 'B', 'Площадь кладки')}`).value).toBe(24.4);
    const reserve = rowOf(sheet, 'B', 'Запас');

    const r = rowOf(sheet, 'B', 'Кирпич 1НФ');
    const cell = (col: string): ExcelJS.Cell => sheet.getCell(`${col}${r}`);
    expect(cell('D').value).toBe('24,4 м² × 102 шт/м²');
    expect(cell('E').value).toBe(102);
    expect(cell('G').value).toContain('ГОСТ 530-2012');
    expect(cell('H').value).toBe(2488.8);
    // the reserve refers to the inputs' «Запас», so editing it there recomputes the line
    expect(cell('I').formula).toBe(`$D$${reserve}`);
    expect(cell('J').formula).toBe(`ROUNDUP(H${r}*(1+I${r}/100),3)`);
    expect(cell('J').result).toBe(2613.24);
    expect(cell('K').formula).toBe(`ROUNDDOWN(P${r}*Q${r},3)`);
    expect(cell('L').formula).toBe(`ROUNDUP(J${r}/K${r},0)`);
    expect(cell('L').result).toBe(2614);
    expect(cell('S').formula).toBe(`R${r}+MAX(0,ROUNDUP((L${r}*Q${r}-R${r})/Q${r},0))*Q${r}`);
    expect(cell('S').result).toBe(2614);
    expect(cell('T').value).toBe(18.5);
    expect(cell('T').numFmt).toBe('#,##0.00 "₽"');
    expect(cell('U').formula).toBe(`ROUND(T${r}*S${r},2)`);
    expect(cell('U').result).toBe(48359);
    expect(cell('U').numFmt).toBe('#,##0.00 "₽"');
    expect(cell('W').result).toBe(8720.48);
    expect([cell('M').value, cell('N').value, cell('O').value]).toEqual([
      'Кирпич керамический М150 1НФ (арт. SKU-brick)',
      'ООО «СтройБаза»',
      'шт',
    ]);

    const mortar = rowOf(sheet, 'B', 'Кладочная смесь (раствор)');
    expect(sheet.getCell(`K${mortar}`).result).toBe(40);
    expect(sheet.getCell(`L${mortar}`).result).toBe(70);
    expect(sheet.getCell(`U${mortar}`).result).toBe(31500);
    const subtotal = rowOf(sheet, 'B', 'Итого по работе');
    expect(sheet.getCell(`U${subtotal}`).formula).toBe(`SUM(U${r}:U${mortar})`);
    expect(sheet.getCell(`U${subtotal}`).result).toBe(79859);
  });

  it('every formula, recomputed from the cells it reads, comes to the figure the estimate gave', async () => {
    // The garage's mortar from an offer sold from 3 bags in steps of 2 (of 40 kg): packs of 80 kg,
    // 2 766,96 kg → 35 packs = 70 bags → 71 on the grid 3, 5, 7, …
    const odd = {
      ...PRICES.masonry_mortar!,
      offer: { ...PRICES.masonry_mortar!.offer, id: 'o-2', minQty: '3', step: '2' },
    };
    const view = estimate(
      [WALL, { ...WALL, title: 'Гараж' }],
      (job) => (job === 1 ? { ...PRICES, masonry_mortar: odd } : PRICES),
      {
        freeLines: [
          freeLine('Перемычка', 'шт', '4', { offer: STROYBAZA, priceMinor: 62_000 }),
          freeLine('Работа', 'м²', '24.4', 150_000),
        ],
      },
    );
    expect(view.jobs[1]!.lines[1]!.orderQuantity).toBe('71');
    const book = await read(view);
    const mortar = rowOf(book.getWorksheet('2. Гараж')!, 'B', 'Кладочная смесь (раствор)');
    expect(book.getWorksheet('2. Гараж')!.getCell(`S${mortar}`).result).toBe(71);
    expect(recompute(book)).toBeGreaterThan(40);
  });

  it('writes a house of all twelve templates: a sheet each, every formula recomputing to the estimate’s figures', async () => {
    const view = estimate(HOUSE, housePrices(TEMPLATES.flatMap((t) => t.materials)));
    const book = await read(view);
    expect(book.worksheets).toHaveLength(13);
    view.jobs.forEach((job, i) => {
      const sheet = book.worksheets[i + 1]!;
      expect(sheet.getCell('A1').value).toBe(`${i + 1}. ${job.title}`);
      for (const line of job.lines) rowOf(sheet, 'B', line.name);
    });
    expect(recompute(book)).toBeGreaterThan(200);
    const summary = book.getWorksheet('Итого')!;
    expect(summary.getCell(`G${rowOf(summary, 'B', 'Всего по смете')}`).result).toBe(view.totals.totalMinor / 100);
  });

  it('the summary takes each job from its sheet and each seller’s goods from every sheet; editing a reserve or a price flows to the totals', async () => {
    const book = await read(estimate([WALL, { ...WALL, title: 'Гараж' }], PRICES));
    const summary = book.getWorksheet('Итого')!;
    const job = rowOf(summary, 'B', 'Стены первого этажа');
    const jobSheet = book.getWorksheet(JOB)!;
    const subtotal = rowOf(jobSheet, 'B', 'Итого по работе');
    expect(summary.getCell(`F${job}`).formula).toBe(`'${JOB}'!U${subtotal}`);
    expect(summary.getCell(`F${job}`).result).toBe(79859);

    const seller = rowOf(summary, 'B', 'ООО «СтройБаза»');
    const brick = rowOf(jobSheet, 'B', 'Кирпич 1НФ');
    const goods = summary.getCell(`E${seller}`).formula!;
    expect(goods).toContain(
      `SUMIF('${JOB}'!$N$${brick}:$N$${brick + 1},"=ООО «СтройБаза»",'${JOB}'!$U$${brick}:$U$${brick + 1})`,
    );
    expect(goods).toContain("SUMIF('2. Гараж'!$N$");
    expect(summary.getCell(`E${seller}`).result).toBe(159_718);
    expect(summary.getCell(`F${seller}`).value).toBe(4500);
    expect(summary.getCell(`G${seller}`).formula).toBe(`E${seller}+F${seller}`);
    expect(summary.getCell(`G${seller}`).result).toBe(164_218);
    // VAT: the lines' (2 × (8 720,48 + 5 680,33)) and the delivery's 811,48
    expect(summary.getCell(`H${seller}`).formula).toMatch(/\+811\.48$/);
    expect(summary.getCell(`H${seller}`).result).toBe(29_613.1);
    const total = rowOf(summary, 'B', 'Всего по смете');
    expect(summary.getCell(`G${total}`).result).toBe(164_218);

    // A builder raises the first wall's reserve to 10 % and finds bricks cheaper:
    const calc = new Workbook(book);
    jobSheet.getCell(`D${rowOf(jobSheet, 'B', 'Запас')}`).value = 10;
    jobSheet.getCell(`T${brick}`).value = 17;
    // bricks 2 488,8 × 1,1 = 2 737,68 → 2 738 at 17,00 = 46 546,00; mortar 2 635,2 × 1,1 = 2 898,72 kg → 73 bags = 32 850,00
    expect(calc.value(JOB, `J${brick}`)).toBe(2737.68);
    expect(calc.value(JOB, `U${brick}`)).toBe(46_546);
    expect(calc.value(JOB, `L${brick + 1}`)).toBe(73);
    expect(calc.value('Итого', `F${job}`)).toBe(79_396);
    expect(calc.value('Итого', `G${total}`)).toBe(79_396 + 79_859 + 4500);
  });

  it('leaves unpriced lines without order formulas, keeps a hand-set quantity as a figure, and sums free lines by seller', async () => {
    const view = estimate([WALL], { brick: PRICES.brick! });
    // 2 700 bricks set by hand: 2 700 × 18,50 = 49 950,00
    Object.assign(view.jobs[0]!.lines[0]!, {
      overridden: { quantity: true, offer: false },
      quantity: '2700',
      packs: 2700,
      orderQuantity: '2700',
      totalMinor: 4_995_000,
      vatMinor: 900_738,
    });
    view.freeLines = [
      freeLine('Перемычка', 'шт', '4', { offer: STROYBAZA, priceMinor: 62_000 }),
      { ...freeLine('Работа каменщика', 'м²', '24.4', 150_000), index: 1 },
    ];
    view.totals.withoutSeller = { goodsMinor: 3_660_000, lines: 1 };
    const book = await read(view);
    const sheet = book.getWorksheet(JOB)!;
    const brick = rowOf(sheet, 'B', 'Кирпич 1НФ');
    expect(sheet.getCell(`J${brick}`).formula).toBeUndefined();
    expect(sheet.getCell(`J${brick}`).value).toBe(2700);
    expect(sheet.getCell(`X${brick}`).value).toBe('количество задано вручную');
    const mortar = rowOf(sheet, 'B', 'Кладочная смесь (раствор)');
    expect(sheet.getCell(`J${mortar}`).formula).toBeDefined();
    for (const col of ['S', 'T', 'U', 'W']) expect(sheet.getCell(`${col}${mortar}`).value).toBeNull();
    expect(sheet.getCell(`X${mortar}`).value).toBe('нет подходящего товара в наличии');

    const summary = book.getWorksheet('Итого')!;
    expect(summary.getCell(`E${rowOf(summary, 'B', 'Стены первого этажа')}`).value).toBe(1); // not found
    const lintel = rowOf(summary, 'B', 'Перемычка');
    expect(summary.getCell(`C${lintel}`).value).toBe('ООО «СтройБаза»');
    expect(summary.getCell(`G${lintel}`).formula).toBe(`ROUND(F${lintel}*D${lintel},2)`);
    const own = rowOf(summary, 'B', 'Работа каменщика');
    expect(summary.getCell(`C${own}`).value).toBe('без продавца');
    expect(summary.getCell(`G${own}`).result).toBe(36_600);
    const seller = rowOf(summary, 'B', 'ООО «СтройБаза»');
    expect(summary.getCell(`E${seller}`).formula).toContain(
      `SUMIF($C$${lintel}:$C$${own},"=ООО «СтройБаза»",$G$${lintel}:$G$${own})`,
    );
    const ownRow = rowOf(summary, 'B', 'без продавца');
    expect(summary.getCell(`E${ownRow}`).formula).toContain(
      `SUMIF($C$${lintel}:$C$${own},"=без продавца",$G$${lintel}:$G$${own})`,
    );
    expect(summary.getCell(`E${ownRow}`).result).toBe(36_600);
    // 49 950,00 of bricks + 2 480,00 of lintels; the one without a seller is not the seller's
    expect(new Workbook(book).value('Итого', `E${seller}`)).toBe(49_950 + 2480);
    expect(new Workbook(book).value(JOB, `U${brick}`)).toBe(49_950);
  });

  it('names sheets as Excel allows and quotes them in formulas', async () => {
    const title = "Дом 'Б': стены/перегородки [этаж 1] и ещё очень длинное название";
    const book = await read(estimate([{ ...WALL, title }], PRICES));
    const name = book.worksheets[1]!.name;
    expect(name).toBe("1. Дом 'Б' стены перегородки эт");
    expect(name.length).toBeLessThanOrEqual(31);
    const summary = book.getWorksheet('Итого')!;
    const job = rowOf(summary, 'B', title);
    expect(summary.getCell(`F${job}`).formula).toMatch(/^'1\. Дом ''Б'' стены перегородки эт'!U\d+$/);
    expect(new Workbook(book).value('Итого', `F${job}`)).toBe(79_859);
  });
});

/** Checks every formula against the figure it carries; answers how many there were. */
function recompute(book: ExcelJS.Workbook): number {
  const calc = new Workbook(book);
  let formulas = 0;
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        formulas++;
        expect(calc.value(sheet.name, cell.address), `${sheet.name}!${cell.address} = ${cell.formula}`).toBeCloseTo(
          cell.result as number,
          6,
        );
      }),
    );
  }
  return formulas;
}
