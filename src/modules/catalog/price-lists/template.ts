import type ExcelJS from 'exceljs';
import { UNITS } from '../catalog.tables.js';

/** Stock columns of the example when the caller has no warehouses of its own. */
export const EXAMPLE_WAREHOUSE_CODES = ['MSK-1', 'SPB-1'];

const HEADER = ['sku', 'name', 'category', 'unit', 'price', 'vat', 'min_qty', 'step', 'weight_kg', 'volume_m3'];

/** Real 2026 goods with category slugs of the demo catalog; stock is split over the warehouse columns. */
const EXAMPLES: { cells: (string | number)[]; stock: number[] }[] = [
  {
    cells: ['CEM-M500-D0-50', 'Цемент М500 Д0 50 кг', 'cement', 'мешок', 650, '22', 1, 1, 50, 0.033],
    stock: [1200, 640],
  },
  {
    cells: [
      'KIR-M150-1NF',
      'Кирпич керамический рядовой полнотелый М150 1НФ',
      'kirpich-ryadovoj',
      'шт',
      18.5,
      '22',
      480,
      480,
      3.6,
      0.00195,
    ],
    stock: [48000, 9600],
  },
  {
    cells: ['PES-STR-MYT', 'Песок строительный мытый, фракция 0–2,5 мм', 'pesok', 'м³', 950, '22', 5, 0.5, 1500, 1],
    stock: [300, 0],
  },
  {
    cells: ['ARM-A500C-12', 'Арматура А500С 12 мм, прут 11,7 м', 'armatura', 'т', 72500, '22', 0.5, 0.1, 1000, 0.127],
    stock: [42.5, 18],
  },
  {
    cells: [
      'GKL-KNAUF-12.5',
      'Гипсокартон Knauf ГСП-А 12,5×1200×2500 мм',
      'gipsokarton',
      'лист',
      465,
      '22',
      1,
      1,
      25,
      0.0375,
    ],
    stock: [850, 400],
  },
];

const NOTES: [string, string][] = [
  [
    'sku',
    'Артикул. Строка с известным артикулом меняет ваше предложение по этому товару; с новым — создаёт карточку товара.',
  ],
  ['name', 'Наименование. Обязательно для новой карточки.'],
  ['category', 'Категория: slug (cement) или id. Обязательна для новой карточки.'],
  ['unit', `Единица продажи по ОКЕИ: ${UNITS.join(', ')}. Обязательна для новой карточки.`],
  ['price', 'Цена за единицу в рублях с НДС: 650,00 или 650.00; не больше двух знаков после запятой.'],
  ['vat', 'НДС: 22, 10, 0 или none (без НДС, УСН). Обязателен для нового предложения.'],
  ['min_qty', 'Минимальное количество в заказе (по умолчанию 1).'],
  ['step', 'Шаг количества: 480 — только целыми поддонами, 0,5 — по полкуба (по умолчанию 1).'],
  ['weight_kg', 'Вес единицы, кг — только для новой карточки; если столбца нет, 0.'],
  ['volume_m3', 'Объём единицы, м³ — только для новой карточки; если столбца нет, 0.'],
  ['<код склада>', 'Остаток на складе с этим кодом (например MSK-1). Пустая ячейка — остаток не меняется.'],
];

/** A filled example price list: the header, realistic rows, and a second sheet explaining each column. */
export async function buildPriceListTemplate(warehouseCodes: readonly string[]): Promise<Buffer> {
  const { default: Excel } = await import('exceljs'); // loaded on first use: ~28 MB resident (bench/README "Memory")
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  workbook.creator = 'TUTUU Market';
  const sheet = workbook.addWorksheet('Прайс-лист', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...HEADER, ...warehouseCodes]).font = { bold: true };
  for (const example of EXAMPLES) {
    sheet.addRow([...example.cells, ...warehouseCodes.map((_, i) => example.stock[i] ?? 0)]);
  }
  const widths = [18, 48, 18, 8, 12, 6, 9, 7, 11, 11];
  sheet.columns.forEach((column, i) => (column.width = widths[i] ?? 10));
  // Shown as 72 500,00 in Russian Excel; stored as a number, so sums and sorting still work.
  sheet.getColumn(HEADER.indexOf('price') + 1).numFmt = '#,##0.00';

  const help = workbook.addWorksheet('Инструкция');
  help.addRow(['Столбец', 'Что писать']).font = { bold: true };
  for (const note of NOTES) help.addRow(note);
  help.getColumn(1).width = 16;
  help.getColumn(2).width = 110;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
