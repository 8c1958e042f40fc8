/**
 * One job of an estimate as a worksheet a builder can edit: the inputs and derived sizes on top,
 * then the lines with live formulas — quantity = ROUNDUP(net × (1 + reserve/100), 3), packs =
 * ROUNDUP(quantity / pack, 0), pack = ROUNDDOWN(per sale unit × step, 3), order = the offer's
 * grid (min, min + step, …) at or above packs × step, sum = price × order, VAT inside the sum — and the job's subtotal. Each formula cell carries the figure the
 * estimate computed, so a reader that does not recalculate still shows the right numbers.
 */
import type ExcelJS from 'exceljs';
import { inputRows, lineNotes, normText, productText, templateTitle } from './export-format.js';
import type { EstimateJob, EstimateLine } from '../estimate.js';

export const MONEY_FORMAT = '#,##0.00 "₽"';

/** Where a job's figures are, for the summary sheet to refer to. */
export interface JobSheetRefs {
  sheetName: string;
  /** First and last line rows (last < first: no lines). */
  first: number;
  last: number;
  subtotalRow: number;
}

/** Line table columns; the summary's SUMIFs read SELLER, SUM and VAT. */
export const COL = {
  no: 'A',
  name: 'B',
  unit: 'C',
  formula: 'D',
  norm: 'E',
  normUnit: 'F',
  source: 'G',
  net: 'H',
  reserve: 'I',
  quantity: 'J',
  pack: 'K',
  packs: 'L',
  product: 'M',
  seller: 'N',
  saleUnit: 'O',
  perSaleUnit: 'P',
  step: 'Q',
  minQty: 'R',
  order: 'S',
  price: 'T',
  sum: 'U',
  vatRate: 'V',
  vat: 'W',
  note: 'X',
} as const;

const HEADER: [keyof typeof COL, string, number][] = [
  ['no', '№', 4],
  ['name', 'Материал', 28],
  ['unit', 'Ед.', 6],
  ['formula', 'Формула расчёта', 34],
  ['norm', 'Норма', 9],
  ['normUnit', 'Ед. нормы', 9],
  ['source', 'Источник нормы', 40],
  ['net', 'Нетто', 11],
  ['reserve', 'Запас, %', 8],
  ['quantity', 'Количество с запасом', 12],
  ['pack', 'В упаковке', 10],
  ['packs', 'Упаковок', 9],
  ['product', 'Товар', 34],
  ['seller', 'Продавец', 22],
  ['saleUnit', 'Ед. продажи', 9],
  ['perSaleUnit', 'Ед. материала в ед. продажи', 11],
  ['step', 'Шаг заказа', 8],
  ['minQty', 'Мин. заказ', 8],
  ['order', 'К заказу', 10],
  ['price', 'Цена с НДС', 13],
  ['sum', 'Сумма с НДС', 14],
  ['vatRate', 'НДС, %', 8],
  ['vat', 'в т. ч. НДС', 12],
  ['note', 'Примечание', 36],
];

/** What the seller column says of a line no seller sells (the summary sums it under this name). */
export const NO_SELLER = 'без продавца';

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\ , no apostrophe at the end. */
export function sheetNameOf(job: EstimateJob): string {
  return `${job.index + 1}. ${job.title}`
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 31)
    .replace(/[\s']+$/, '');
}

/** A sheet name inside a formula: quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

const num = (value: string | number): number => Number(value);

export function addJobSheet(workbook: ExcelJS.Workbook, job: EstimateJob, heading: string): JobSheetRefs {
  const sheetName = sheetNameOf(job);
  const sheet = workbook.addWorksheet(sheetName);
  HEADER.forEach(([key, , width]) => (sheet.getColumn(COL[key]).width = width));
  sheet.getCell('A1').value = `${job.index + 1}. ${job.title}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `${templateTitle(job)}. ${heading}`;

  let row = 4;
  sheet.getCell(`A${row}`).value = 'Исходные данные';
  sheet.getCell(`A${row}`).font = { bold: true };
  // An input cell per input; a line whose reserve is one of them refers to it, so editing the
  // reserve here recomputes that line.
  const reserveCells = new Map<string, string[]>();
  for (const input of inputRows(job)) {
    row++;
    const raw = job.inputs[input.name];
    sheet.getCell(`B${row}`).value = input.label;
    sheet.getCell(`D${row}`).value = typeof raw === 'number' ? raw : input.value;
    sheet.getCell(`E${row}`).value = input.unit;
    if (typeof raw === 'number' && /reserve/i.test(input.name)) {
      reserveCells.set(String(raw), [...(reserveCells.get(String(raw)) ?? []), `$D$${row}`]);
    }
  }
  if (job.derived.length > 0) {
    row += 2;
    sheet.getCell(`A${row}`).value = 'Расчётные размеры';
    sheet.getCell(`A${row}`).font = { bold: true };
    for (const size of job.derived) {
      row++;
      sheet.getCell(`B${row}`).value = size.label.ru;
      sheet.getCell(`D${row}`).value = num(size.value);
      sheet.getCell(`E${row}`).value = size.unit;
    }
  }

  row += 2;
  const header = sheet.getRow(row);
  HEADER.forEach(([key, title]) => (header.getCell(COL[key]).value = title));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  sheet.views = [{ state: 'frozen', ySplit: row }];

  const first = row + 1;
  job.lines.forEach((line, i) => writeLine(sheet, first + i, i + 1, line, reserveCells));
  const last = first + job.lines.length - 1;
  const subtotalRow = last + 2;
  const subtotal = sheet.getRow(subtotalRow);
  subtotal.getCell(COL.name).value = 'Итого по работе';
  subtotal.font = { bold: true };
  const sumOf = (l: EstimateLine): number => l.totalMinor ?? 0;
  const vatOf = (l: EstimateLine): number => l.vatMinor ?? 0;
  money(subtotal.getCell(COL.sum), `SUM(${COL.sum}${first}:${COL.sum}${Math.max(first, last)})`, total(job, sumOf));
  money(subtotal.getCell(COL.vat), `SUM(${COL.vat}${first}:${COL.vat}${Math.max(first, last)})`, total(job, vatOf));
  return { sheetName, first, last, subtotalRow };
}

function total(job: EstimateJob, of: (l: EstimateLine) => number): number {
  return job.lines.reduce((sum, l) => sum + of(l), 0);
}

function writeLine(
  sheet: ExcelJS.Worksheet,
  r: number,
  no: number,
  line: EstimateLine,
  reserveCells: ReadonlyMap<string, string[]>,
): void {
  const row = sheet.getRow(r);
  const set = (key: keyof typeof COL, value: ExcelJS.CellValue): void => {
    row.getCell(COL[key]).value = value;
  };
  const ref = (key: keyof typeof COL): string => `${COL[key]}${r}`;
  set('no', no);
  set('name', line.name);
  set('unit', line.unit);
  set('formula', line.formula);
  set('norm', num(line.norm.value));
  set('normUnit', line.norm.unit);
  set('source', normText(line).replace(/^[^—]*— /, ''));
  set('net', num(line.net));
  // Only an unambiguous reserve input is linked; otherwise the line keeps its own figure.
  const reserveRef = reserveCells.get(String(num(line.reservePct)));
  set(
    'reserve',
    reserveRef?.length === 1 ? { formula: reserveRef[0]!, result: num(line.reservePct) } : num(line.reservePct),
  );
  set(
    'quantity',
    // A hand-set quantity is a figure of its own, not the reserve's.
    line.overridden?.quantity
      ? num(line.quantity)
      : { formula: `ROUNDUP(${ref('net')}*(1+${ref('reserve')}/100),3)`, result: num(line.quantity) },
  );
  const offer = line.offer;
  set(
    'pack',
    offer
      ? { formula: `ROUNDDOWN(${ref('perSaleUnit')}*${ref('step')},3)`, result: num(line.packSize) }
      : num(line.packSize),
  );
  set('packs', { formula: `ROUNDUP(${ref('quantity')}/${ref('pack')},0)`, result: line.packs });
  set('note', lineNotes(line).join('; '));
  if (!offer) return;
  set('product', productText(line));
  set('seller', offer.sellerName);
  set('saleUnit', offer.unit);
  set('perSaleUnit', num(offer.perSaleUnit));
  set('step', num(offer.step));
  set('minQty', num(offer.minQty));
  if (line.orderQuantity !== null) {
    const [R, Q] = [ref('minQty'), ref('step')];
    set('order', {
      // The offer's grid (min, min + step, …) at or above the packs' steps.
      formula: `${R}+MAX(0,ROUNDUP((${ref('packs')}*${Q}-${R})/${Q},0))*${Q}`,
      result: num(line.orderQuantity),
    });
  }
  if (line.priceMinor !== null) {
    money(row.getCell(COL.price), null, line.priceMinor);
    money(row.getCell(COL.sum), `ROUND(${ref('price')}*${ref('order')},2)`, line.totalMinor ?? 0);
  }
  if (line.vatRate !== null) {
    set('vatRate', line.vatRate === 'none' ? 'без НДС' : num(line.vatRate));
    money(
      row.getCell(COL.vat),
      `IF(ISNUMBER(${ref('vatRate')}),ROUND(${ref('sum')}*${ref('vatRate')}/(100+${ref('vatRate')}),2),0)`,
      line.vatMinor ?? 0,
    );
  }
}

/** A money cell in roubles: a figure, or a formula with the kopecks it came to. */
export function money(cell: ExcelJS.Cell, formula: string | null, minor: number): void {
  cell.value = formula === null ? minor / 100 : { formula, result: minor / 100 };
  cell.numFmt = MONEY_FORMAT;
}
