import type { PriceListRowError } from './catalog.errors.js';
import { UNITS, type VAT_RATES } from './catalog.tables.js';
import type { SheetRow } from './price-list-parse.js';

export type Unit = (typeof UNITS)[number];
export type VatRate = (typeof VAT_RATES)[number];

/** The columns a price list may have besides one stock column per warehouse code. */
export const PRICE_LIST_COLUMNS = [
  'sku',
  'name',
  'category',
  'unit',
  'price',
  'vat',
  'min_qty',
  'step',
  'brand',
  'weight_kg',
  'volume_m3',
] as const;
export type PriceListColumn = (typeof PRICE_LIST_COLUMNS)[number];

/** Header names sellers actually use, compared after `headerKey` (case, ё, punctuation and spacing ignored). */
const ALIASES: Record<PriceListColumn, string[]> = {
  sku: ['sku', 'артикул', 'арт'],
  name: ['name', 'наименование', 'название', 'товар'],
  category: ['category', 'категория'],
  unit: ['unit', 'ед', 'ед изм', 'единица', 'единица измерения'],
  price: ['price', 'цена', 'цена руб', 'цена ₽', 'цена с ндс'],
  vat: ['vat', 'ндс', 'ндс %', 'ставка ндс'],
  min_qty: ['min_qty', 'minqty', 'мин', 'минимум', 'мин кол во', 'минимальное количество', 'мин партия'],
  step: ['step', 'шаг', 'кратность'],
  brand: ['brand', 'бренд', 'производитель'],
  weight_kg: ['weight_kg', 'weight', 'вес', 'вес кг'],
  volume_m3: ['volume_m3', 'volume', 'объем', 'объем м3', 'объем м³'],
};

const headerKey = (h: string) =>
  h
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[\s_.,:;()-]+/g, ' ')
    .trim();
const COLUMN_BY_KEY = new Map<string, PriceListColumn>(
  PRICE_LIST_COLUMNS.flatMap((c) => ALIASES[c].map((a) => [headerKey(a), c] as const)),
);

const unitKey = (u: string) => u.toLowerCase().replace(/[\s.]+/g, '');
const UNIT_BY_KEY = new Map<string, Unit>([
  ...UNITS.map((u) => [unitKey(u), u] as const),
  ...(
    [
      ['м2', 'м²'],
      ['квм', 'м²'],
      ['м3', 'м³'],
      ['кубм', 'м³'],
      ['куб', 'м³'],
      ['пм', 'пог. м'],
      ['погм', 'пог. м'],
      ['штука', 'шт'],
      ['упаковка', 'упак'],
      ['тонна', 'т'],
    ] as const
  ).map(([k, u]) => [unitKey(k), u] as const),
]);

export interface WarehouseRef {
  id: string;
  code: string;
}

/** A row that passed every check that needs no database; empty optional cells are null. */
export interface PriceListRow {
  row: number;
  sku: string;
  name: string | null;
  category: string | null;
  unit: Unit | null;
  brand: string | null;
  weightKg: string | null;
  volumeM3: string | null;
  priceMinor: number;
  vatRate: VatRate | null;
  minQty: string | null;
  step: string | null;
  /** Only the non-empty stock cells: an empty one leaves that warehouse as it is. */
  stock: { warehouseId: string; column: string; onHand: string }[];
}

type ColumnTarget = { kind: 'field'; key: PriceListColumn } | { kind: 'stock'; warehouse: WarehouseRef; code: string };

export interface ParsedPriceList {
  rows: PriceListRow[];
  /** Data rows in the file (not counting the header and empty rows). */
  total: number;
  errors: PriceListRowError[];
}

/** The header names the columns; every data row is checked, and every problem reported, not just the first. */
export function parsePriceListRows(sheet: readonly SheetRow[], warehouses: readonly WarehouseRef[]): ParsedPriceList {
  const [header, ...data] = sheet;
  if (!header) {
    return { rows: [], total: 0, errors: [{ row: 1, column: null, message: 'the file has no rows' }] };
  }
  const errors: PriceListRowError[] = [];
  const targets = mapHeader(header, warehouses, errors);
  const present = new Set(targets.flatMap((t) => (t?.kind === 'field' ? [t.key] : [])));
  const missing = (['sku', 'price'] as const).filter((c) => !present.has(c));
  for (const c of missing) errors.push({ row: header.row, column: c, message: 'the column is missing' });
  if (missing.length > 0) return { rows: [], total: data.length, errors };
  if (data.length === 0) errors.push({ row: header.row + 1, column: null, message: 'the price list has no rows' });

  const rows: PriceListRow[] = [];
  const firstRowOfSku = new Map<string, number>();
  for (const line of data) {
    const fields = new Map<PriceListColumn, string>();
    const stockCells: { target: Extract<ColumnTarget, { kind: 'stock' }>; text: string }[] = [];
    targets.forEach((t, i) => {
      const text = line.cells[i] ?? '';
      if (!t || text === '') return;
      if (t.kind === 'field') fields.set(t.key, text);
      else stockCells.push({ target: t, text });
    });
    const rowErrors: PriceListRowError[] = [];
    const fail = (column: string, message: string) => rowErrors.push({ row: line.row, column, message });
    const cell = <T>(key: PriceListColumn, read: (text: string) => T | Invalid): T | null => {
      const text = fields.get(key);
      if (text === undefined) return null;
      const value = read(text);
      if (value instanceof Invalid) {
        fail(key, value.message);
        return null;
      }
      return value;
    };

    const sku = fields.get('sku') ?? '';
    if (sku === '') fail('sku', 'the SKU is required');
    else if (sku.length > 64) fail('sku', 'at most 64 characters');
    else if (firstRowOfSku.has(sku)) fail('sku', `the SKU repeats row ${firstRowOfSku.get(sku)}`);
    else firstRowOfSku.set(sku, line.row);

    const priceMinor = fields.has('price') ? cell('price', readRubles) : (fail('price', 'the price is required'), null);
    const parsed: Omit<PriceListRow, 'row' | 'sku' | 'priceMinor' | 'stock'> = {
      name: cell('name', (t) => (t.length < 2 || t.length > 300 ? new Invalid('from 2 to 300 characters') : t)),
      category: cell('category', (t) => t),
      unit: cell(
        'unit',
        (t) => UNIT_BY_KEY.get(unitKey(t)) ?? new Invalid(`not a unit of sale; use one of ${UNITS.join(', ')}`),
      ),
      brand: cell('brand', (t) => (t.length > 100 ? new Invalid('at most 100 characters') : t)),
      weightKg: cell('weight_kg', (t) => readDecimal(t, 3)),
      volumeM3: cell('volume_m3', (t) => readDecimal(t, 6, 8)),
      vatRate: cell('vat', readVat),
      minQty: cell('min_qty', (t) => positive(readDecimal(t, 3))),
      step: cell('step', (t) => positive(readDecimal(t, 3))),
    };
    const stock: PriceListRow['stock'] = [];
    for (const { target, text } of stockCells) {
      const onHand = readDecimal(text, 3);
      if (onHand instanceof Invalid) fail(target.code, onHand.message);
      else stock.push({ warehouseId: target.warehouse.id, column: target.code, onHand });
    }
    errors.push(...rowErrors);
    if (rowErrors.length === 0) rows.push({ row: line.row, sku, priceMinor: priceMinor!, stock, ...parsed });
  }
  return { rows, total: data.length, errors };
}

function mapHeader(
  header: SheetRow,
  warehouses: readonly WarehouseRef[],
  errors: PriceListRowError[],
): (ColumnTarget | null)[] {
  const byCode = new Map(warehouses.map((w) => [w.code, w]));
  const byLowerCode = new Map<string, WarehouseRef[]>();
  for (const w of warehouses)
    byLowerCode.set(w.code.toLowerCase(), [...(byLowerCode.get(w.code.toLowerCase()) ?? []), w]);
  const seen = new Map<string, string>();
  return header.cells.map((name) => {
    if (name === '') return null;
    const key = COLUMN_BY_KEY.get(headerKey(name));
    const warehouse = byCode.get(name) ?? single(byLowerCode.get(name.toLowerCase()));
    const target: ColumnTarget | null = key
      ? { kind: 'field', key }
      : warehouse
        ? { kind: 'stock', warehouse, code: name }
        : null;
    if (!target) {
      const codes = warehouses.map((w) => w.code).join(', ') || 'you have no warehouses yet';
      errors.push({
        row: header.row,
        column: name,
        message: `unknown column: neither one of ${PRICE_LIST_COLUMNS.join(', ')} nor the code of your warehouse (${codes})`,
      });
      return null;
    }
    const id = target.kind === 'field' ? target.key : `stock:${target.warehouse.id}`;
    if (seen.has(id)) {
      errors.push({ row: header.row, column: name, message: `the column repeats "${seen.get(id)}"` });
      return null;
    }
    seen.set(id, name);
    return target;
  });
}

const single = <T>(xs: T[] | undefined): T | undefined => (xs?.length === 1 ? xs[0] : undefined);

/** Spaces (also non-breaking ones) group thousands: '1 234,50'. */
const compact = (t: string) => t.replace(/[\s\u00a0\u202f\u2009']/g, '');

/** Why a cell was refused. */
class Invalid {
  constructor(readonly message: string) {}
}

/** Rubles with comma or dot decimals → kopecks. */
function readRubles(text: string): number | Invalid {
  const m = /^(\d{1,10})(?:[.,](\d+))?$/.exec(compact(text).replace(/(₽|руб\.?|р\.?)$/i, ''));
  if (!m) return new Invalid('not a price in rubles (e.g. 1 234,50)');
  if ((m[2] ?? '').length > 2) return new Invalid('at most 2 decimal places (kopecks)');
  const minor = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return minor > 0 ? minor : new Invalid('must be greater than 0');
}

/** A non-negative decimal with comma or dot, normalised: '0,500' → '0.5'. */
function readDecimal(text: string, places: number, wholeDigits = 11): string | Invalid {
  const t = compact(text).replace(',', '.');
  if (/^-\d/.test(t)) return new Invalid('must not be negative');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return new Invalid('not a number');
  if (m[1]!.replace(/^0+/, '').length > wholeDigits) return new Invalid('too large');
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > places) return new Invalid(`at most ${places} decimal places`);
  return `${BigInt(m[1]!)}${frac ? `.${frac}` : ''}`;
}

function positive(value: string | Invalid): string | Invalid {
  return value instanceof Invalid || /[1-9]/.test(value) ? value : new Invalid('must be greater than 0');
}

function readVat(text: string): VatRate | Invalid {
  const t = compact(text).toLowerCase().replace(/%$/, '');
  if (t === '22' || t === '10' || t === '0') return t;
  if (['none', 'безндс', 'без', 'нет', 'усн', '-', '—'].includes(t)) return 'none';
  return new Invalid('VAT is 22, 10, 0 or none (без НДС)');
}
