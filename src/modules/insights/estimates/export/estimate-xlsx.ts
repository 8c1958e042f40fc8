/**
 * The estimate as an Excel workbook a builder can edit: one sheet per job (xlsx-job-sheet.ts)
 * and «Итого» — each job's sum taken from its sheet, the customer's own lines, and per seller the
 * goods summed from every sheet (SUMIF on the seller column), the delivery guide price, VAT and
 * the total; the grand total sums those. Change a reserve, a pack or a price and it all follows.
 */
import type ExcelJS from 'exceljs';
import { moscowText } from '../../../../shared/moscow-time.js';
import { productText, strategyText, templateTitle, type ExportMeta } from './export-format.js';
import type { EstimateFreeLine, EstimateSeller, EstimateView } from '../estimate.js';
import { addJobSheet, COL, money, NO_SELLER, quoteSheet, type JobSheetRefs } from './xlsx-job-sheet.js';

export const SUMMARY_SHEET = 'Итого';

/** A range of the seller column and the matching sum and VAT columns, for SUMIF. */
interface SellerRange {
  seller: string;
  sum: string;
  vat: string;
}

export async function estimateXlsx(view: EstimateView, meta: ExportMeta): Promise<Buffer> {
  const { default: Excel } = await import('exceljs'); // loaded on first use: ~28 MB resident (bench/README "Memory")
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  workbook.creator = 'TUTUU Market';
  workbook.title = `Смета «${meta.title}»`;
  workbook.created = meta.createdAt;
  workbook.modified = meta.createdAt;
  // Excel recomputes every formula on opening (the cached figures are the estimate's own).
  workbook.calcProperties = { fullCalcOnLoad: true };
  const heading = [
    `Смета «${meta.title}», сформирована ${moscowText(meta.createdAt)}`,
    meta.version === undefined ? null : `версия ${meta.version}`,
    meta.customerName ? `заказчик: ${meta.customerName}` : null,
  ]
    .filter(Boolean)
    .join(', ');

  // The summary first: it is what one opens the file for.
  const summary = workbook.addWorksheet(SUMMARY_SHEET);
  const refs = view.jobs.map((job) => addJobSheet(workbook, job, heading));
  writeSummary(summary, view, refs, heading);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSummary(
  sheet: ExcelJS.Worksheet,
  view: EstimateView,
  refs: readonly JobSheetRefs[],
  heading: string,
): void {
  [6, 40, 28, 10, 14, 16, 16, 14, 36].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getCell('A1').value = heading;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `Подбор предложений: ${strategyText(view.pricing)}.`;
  sheet.getCell('A3').value =
    'Цены — на момент составления сметы, с НДС; доставка — ориентировочная цена. Формулы живые: правьте запас, упаковки и цены на листах работ.';

  let row = 5;
  row = title(sheet, row, 'Работы', ['№', 'Работа', 'Шаблон', 'Позиций', 'Не подобрано', 'Сумма с НДС', 'в т. ч. НДС']);
  const jobsFirst = row + 1;
  view.jobs.forEach((job, i) => {
    const ref = refs[i]!;
    const r = sheet.getRow(++row);
    r.getCell(1).value = job.index + 1;
    r.getCell(2).value = job.title;
    r.getCell(3).value = templateTitle(job);
    r.getCell(4).value = job.lines.length;
    r.getCell(5).value = job.lines.filter((l) => !l.offer).length;
    const at = (col: string): string => `${quoteSheet(ref.sheetName)}!${col}${ref.subtotalRow}`;
    money(
      r.getCell(6),
      at(COL.sum),
      job.lines.reduce((s, l) => s + (l.totalMinor ?? 0), 0),
    );
    money(
      r.getCell(7),
      at(COL.vat),
      job.lines.reduce((s, l) => s + (l.vatMinor ?? 0), 0),
    );
  });
  const jobsLast = row;
  const jobsTotal = sheet.getRow(++row);
  jobsTotal.font = { bold: true };
  jobsTotal.getCell(2).value = 'Итого по работам (подобранные позиции)';
  const jobsSum = (c: string): string => `SUM(${c}${jobsFirst}:${c}${Math.max(jobsFirst, jobsLast)})`;
  const allLines = view.jobs.flatMap((j) => j.lines);
  money(
    jobsTotal.getCell(6),
    jobsSum('F'),
    allLines.reduce((s, l) => s + (l.totalMinor ?? 0), 0),
  );
  money(
    jobsTotal.getCell(7),
    jobsSum('G'),
    allLines.reduce((s, l) => s + (l.vatMinor ?? 0), 0),
  );

  const ranges: SellerRange[] = refs
    .filter((ref) => ref.last >= ref.first)
    .map((ref) => {
      const range = (col: string): string => `${quoteSheet(ref.sheetName)}!$${col}$${ref.first}:$${col}$${ref.last}`;
      return { seller: range(COL.seller), sum: range(COL.sum), vat: range(COL.vat) };
    });
  if (view.freeLines.length > 0) {
    row += 2;
    row = title(sheet, row, 'Свои позиции', [
      '№',
      'Наименование',
      'Продавец',
      'Кол-во',
      'Ед.',
      'Цена с НДС',
      'Сумма с НДС',
      'НДС, %',
      'в т. ч. НДС',
    ]);
    const first = row + 1;
    view.freeLines.forEach((line, i) => writeFreeLine(sheet.getRow(++row), i + 1, line));
    ranges.push({ seller: `$C$${first}:$C$${row}`, sum: `$G$${first}:$G$${row}`, vat: `$I$${first}:$I$${row}` });
  }

  row += 2;
  row = title(sheet, row, 'По продавцам', [
    '',
    'Продавец',
    'Доставка: как',
    'Позиций',
    'Товары',
    'Доставка (ориентир)',
    'Итого с НДС',
    'в т. ч. НДС',
  ]);
  const sellersFirst = row + 1;
  for (const seller of view.sellers) writeSeller(sheet.getRow(++row), seller, ranges);
  const own = view.totals.withoutSeller;
  if (own.lines > 0) {
    const r = sheet.getRow(++row);
    r.getCell(2).value = NO_SELLER;
    r.getCell(3).value = 'свои позиции по своей цене';
    r.getCell(4).value = own.lines;
    money(
      r.getCell(5),
      sumif(ranges, NO_SELLER, (range) => range.sum),
      own.goodsMinor,
    );
    money(r.getCell(6), null, 0);
    money(r.getCell(7), `E${r.number}+F${r.number}`, own.goodsMinor);
    money(r.getCell(8), null, 0);
  }
  const sellersLast = row;

  row += 1;
  const total = sheet.getRow(++row);
  total.font = { bold: true };
  total.getCell(2).value = 'Всего по смете';
  const t = view.totals;
  const col = (c: string): string => `SUM(${c}${sellersFirst}:${c}${Math.max(sellersFirst, sellersLast)})`;
  money(total.getCell(5), col('E'), t.goodsMinor);
  money(total.getCell(6), col('F'), t.deliveryMinor);
  money(total.getCell(7), col('G'), t.totalMinor);
  money(total.getCell(8), col('H'), t.vatMinor);
}

function title(sheet: ExcelJS.Worksheet, row: number, name: string, header: string[]): number {
  sheet.getCell(`A${row}`).value = name;
  sheet.getCell(`A${row}`).font = { bold: true, size: 12 };
  const r = sheet.getRow(row + 1);
  header.forEach((text, i) => (r.getCell(i + 1).value = text));
  r.font = { bold: true };
  return row + 1;
}

function writeFreeLine(r: ExcelJS.Row, no: number, line: EstimateFreeLine): void {
  const offer = line.offer;
  const quantity = offer && line.orderQuantity ? line.orderQuantity : line.quantity;
  r.getCell(1).value = no;
  const goods = productText(line);
  r.getCell(2).value = goods && goods !== line.name ? `${line.name} — ${goods}` : line.name;
  // Only a line at the customer's own price is «без продавца»; one whose offer is gone has no sum.
  r.getCell(3).value = offer ? offer.sellerName : line.priceMinor === null ? '' : NO_SELLER;
  r.getCell(4).value = Number(quantity);
  r.getCell(5).value = offer ? offer.unit : line.unit;
  if (line.priceMinor === null) return;
  money(r.getCell(6), null, line.priceMinor);
  money(r.getCell(7), `ROUND(F${r.number}*D${r.number},2)`, line.totalMinor ?? 0);
  const rate = line.vatRate;
  if (rate === null) return;
  r.getCell(8).value = rate === 'none' ? 'без НДС' : Number(rate);
  money(
    r.getCell(9),
    `IF(ISNUMBER(H${r.number}),ROUND(G${r.number}*H${r.number}/(100+H${r.number}),2),0)`,
    line.vatMinor ?? 0,
  );
}

/** SUMIF criteria matching the name exactly: Excel's wildcards (* ? ~) escaped with ~. */
function exactly(name: string): string {
  return `"=${name.replace(/[~*?]/g, '~$&').replaceAll('"', '""')}"`;
}

/** An amount from every sheet: SUMIF on each range's seller column. */
function sumif(ranges: readonly SellerRange[], name: string, pick: (range: SellerRange) => string): string {
  if (ranges.length === 0) return '0';
  return ranges.map((range) => `SUMIF(${range.seller},${exactly(name)},${pick(range)})`).join('+');
}

function writeSeller(r: ExcelJS.Row, seller: EstimateSeller, ranges: readonly SellerRange[]): void {
  const n = r.number;
  r.getCell(2).value = seller.sellerName;
  r.getCell(3).value = [seller.delivery?.vehicleName, seller.deliveryNote].filter(Boolean).join('; ');
  r.getCell(4).value = seller.lines;
  money(
    r.getCell(5),
    sumif(ranges, seller.sellerName, (range) => range.sum),
    seller.goodsMinor,
  );
  money(r.getCell(6), null, seller.delivery ? seller.deliveryMinor : 0);
  money(r.getCell(7), `E${n}+F${n}`, seller.totalMinor);
  // The lines' VAT from the sheets, plus the delivery's as priced (at the seller's regime rate).
  const deliveryVat = (seller.deliveryVatMinor / 100).toFixed(2);
  money(r.getCell(8), `${sumif(ranges, seller.sellerName, (range) => range.vat)}+${deliveryVat}`, seller.vatMinor);
}
