import { controlCharacterIn } from '../../../shared/http/field-schemas.js';
import {
  MAX_LINE_QUANTITY,
  MAX_PRICE_MINOR,
  MAX_STOCK_QUANTITY,
  MAX_UNIT_VOLUME_M3,
  MAX_UNIT_WEIGHT_KG,
} from '../../../shared/limits.js';
import type { PriceListRowError } from '../catalog.errors.js';
import { UNITS, type VAT_RATES } from '../catalog.tables.js';
import type { SheetRow } from './read-file.js';

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
      ['уп', 'упак'],
      ['тонна', 'т'],
      ['комплект', 'компл'],
      ['к-т', 'компл'],
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

/** Where the rows that pass go, as they pass (row-stage.ts). */
export interface CheckedRows {
  add(row: PriceListRow): void;
  drain(): Promise<void>;
}

export interface ParsedPriceList {
  /** Data rows in the file (not counting the header and empty rows). */
  total: number;
  /** The first `maxErrors` problems in row order. */
  errors: PriceListRowError[];
  /** Every problem found, kept or not. */
  errorCount: number;
}

/**
 * Checks a price list row by row as it is read: the first row is the header that names the
 * columns; every data row is checked, and every problem counted, not just the first. Rows that
 * pass go to `out` as they pass, so a sheet is never held whole; only the SKUs seen are kept
 * (at most the `rows` limit of them), to refuse a repeated one.
 */
export class PriceListRowChecker {
  private header: SheetRow | null = null;
  private targets: (ColumnTarget | null)[] = [];
  private missingColumns = false;
  private total = 0;
  private readonly errors: PriceListRowError[] = [];
  private errorCount = 0;
  private readonly firstRowOfSku = new Map<string, number>();

  constructor(
    private readonly warehouses: readonly WarehouseRef[],
    private readonly maxErrors: number,
    private readonly out: CheckedRows,
  ) {}

  add(line: SheetRow): void {
    if (!this.header) return this.readHeader(line);
    this.total++;
    if (!this.missingColumns) this.checkRow(line);
  }

  drain(): Promise<void> {
    return this.out.drain();
  }

  result(): ParsedPriceList {
    const { header, total } = this;
    if (!header) this.report([{ row: 1, column: null, message: 'the file has no rows' }]);
    else if (total === 0 && !this.missingColumns) {
      this.report([{ row: header.row + 1, column: null, message: 'the price list has no rows' }]);
    }
    return { total, errors: this.errors, errorCount: this.errorCount };
  }

  /** The warehouses the header's stock columns name. */
  stockWarehouseIds(): string[] {
    return this.targets.flatMap((t) => (t?.kind === 'stock' ? [t.warehouse.id] : []));
  }

  private report(errors: PriceListRowError[]): void {
    this.errorCount += errors.length;
    for (const e of errors) if (this.errors.length < this.maxErrors) this.errors.push(e);
  }

  private readHeader(header: SheetRow): void {
    this.header = header;
    const errors: PriceListRowError[] = [];
    this.targets = mapHeader(header, this.warehouses, errors);
    const present = new Set(this.targets.flatMap((t) => (t?.kind === 'field' ? [t.key] : [])));
    const missing = (['sku', 'price'] as const).filter((c) => !present.has(c));
    for (const c of missing) errors.push({ row: header.row, column: c, message: 'the column is missing' });
    this.missingColumns = missing.length > 0;
    this.report(errors);
  }

  private checkRow(line: SheetRow): void {
    const fields = new Map<PriceListColumn, string>();
    const stockCells: { target: Extract<ColumnTarget, { kind: 'stock' }>; text: string }[] = [];
    const rowErrors: PriceListRowError[] = [];
    const fail = (column: string, message: string) => rowErrors.push({ row: line.row, column, message });
    this.targets.forEach((t, i) => {
      const text = line.cells[i] ?? '';
      if (!t || text === '') return;
      // A cell is one line of text: a control character would reach product cards and documents.
      const control = controlCharacterIn(text, 'line');
      if (control) fail(t.kind === 'field' ? t.key : t.code, `must not contain control characters (found ${control})`);
      else if (t.kind === 'field') fields.set(t.key, text);
      else stockCells.push({ target: t, text });
    });
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
    const firstRow = this.firstRowOfSku.get(sku);
    if (sku === '') fail('sku', 'the SKU is required');
    else if (sku.length > 64) fail('sku', 'at most 64 characters');
    else if (firstRow !== undefined) fail('sku', `the SKU repeats row ${firstRow}`);
    else this.firstRowOfSku.set(sku, line.row);

    const priceMinor = fields.has('price') ? cell('price', readRubles) : (fail('price', 'the price is required'), null);
    const parsed: Omit<PriceListRow, 'row' | 'sku' | 'priceMinor' | 'stock'> = {
      name: cell('name', (t) => (t.length < 2 || t.length > 300 ? new Invalid('from 2 to 300 characters') : t)),
      // A slug or an id is short; a longer text is neither, and is not kept.
      category: cell('category', (t) => (t.length > 100 ? new Invalid('not a category slug or id') : t)),
      unit: cell(
        'unit',
        (t) => UNIT_BY_KEY.get(unitKey(t)) ?? new Invalid(`not a unit of sale; use one of ${UNITS.join(', ')}`),
      ),
      brand: cell('brand', (t) => (t.length > 100 ? new Invalid('at most 100 characters') : t)),
      weightKg: cell('weight_kg', (t) => readDecimal(t, 3, MAX_UNIT_WEIGHT_KG)),
      volumeM3: cell('volume_m3', (t) => readDecimal(t, 6, MAX_UNIT_VOLUME_M3)),
      vatRate: cell('vat', readVat),
      minQty: cell('min_qty', (t) => positive(readDecimal(t, 3, MAX_LINE_QUANTITY))),
      step: cell('step', (t) => positive(readDecimal(t, 3, MAX_LINE_QUANTITY))),
    };
    const stock: PriceListRow['stock'] = [];
    for (const { target, text } of stockCells) {
      const onHand = readDecimal(text, 3, MAX_STOCK_QUANTITY);
      if (onHand instanceof Invalid) fail(target.code, onHand.message);
      else stock.push({ warehouseId: target.warehouse.id, column: target.code, onHand });
    }
    this.report(rowErrors);
    if (rowErrors.length === 0) {
      this.out.add({
        row: line.row,
        sku,
        name: parsed.name,
        category: parsed.category,
        unit: parsed.unit,
        brand: parsed.brand,
        weightKg: parsed.weightKg,
        volumeM3: parsed.volumeM3,
        priceMinor: priceMinor!,
        vatRate: parsed.vatRate,
        minQty: parsed.minQty,
        step: parsed.step,
        stock,
      });
    }
  }
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
  if (minor > MAX_PRICE_MINOR) return new Invalid(`at most ${rubles(MAX_PRICE_MINOR)} a unit`);
  return minor > 0 ? minor : new Invalid('must be greater than 0');
}

const rubles = (minor: number) => `${(minor / 100).toLocaleString('ru-RU')} ₽`;

/** A non-negative decimal with comma or dot, at most `max`, normalised: '0,500' → '0.5'. */
function readDecimal(text: string, places: number, max: number): string | Invalid {
  const t = compact(text).replace(',', '.');
  if (/^-\d/.test(t)) return new Invalid('must not be negative');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return new Invalid('not a number');
  if (m[1]!.replace(/^0+/, '').length > 15 || Number(t) > max) {
    return new Invalid(`at most ${max.toLocaleString('ru-RU')}`);
  }
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > places) return new Invalid(`at most ${places} decimal places`);
  return `${BigInt(m[1]!)}${frac ? `.${frac}` : ''}`;
}

function positive(value: string | Invalid): string | Invalid {
  return value instanceof Invalid || /[1-9]/.test(value) ? value : new Invalid('must be greater than 0');
}

function readVat(text: string): VatRate | Invalid {
  const t = compact(text).toLowerCase().replace(/%$/, '');
  if (t === '22' || t === '10' || t === '0' || t === '5' || t === '7') return t;
  if (['none', 'безндс', 'без', 'нет', 'усн', '-', '—'].includes(t)) return 'none';
  return new Invalid('VAT is 22, 10, 0, 5, 7 or none (без НДС)');
}
