/**
 * The estimate as a PDF (Russian, A4 landscape, the invoices' font): the heading, one table per
 * job with each line's formula, norm and its source, reserve, packs, product and price (or why
 * there is none), the customer's own lines, totals by seller with the delivery guide price and
 * VAT, the grand total, and what was not found. Every page is numbered.
 */
import { drawPageFooters } from '../../../../shared/pdf/page-footers.js';
import { moscowText } from '../../../../shared/moscow-time.js';
import {
  formatQuantity as qty,
  inputRows,
  lineNotes,
  normText,
  productText,
  rub,
  strategyText,
  templateTitle,
  vatRateText,
  type ExportMeta,
} from './export-format.js';
import type { EstimateFreeLine, EstimateJob, EstimateLine, EstimateView } from '../estimate.js';
import {
  BOLD,
  CONTENT_WIDTH,
  drawTable,
  FONT_FILES,
  MARGIN,
  PAGE_HEIGHT,
  paragraph,
  REGULAR,
  room,
  table,
  totalsBlock,
  X0,
  type Doc,
  type Row,
} from './pdf-table.js';

const LINES = table(
  [
    { title: '№', width: 18, align: 'center' },
    { title: 'Материал, ед.', width: 92, align: 'left' },
    { title: 'Расчёт; норма и её источник', width: 196, align: 'left' },
    { title: 'Нетто', width: 48, align: 'right' },
    { title: 'Запас, %', width: 34, align: 'right' },
    { title: 'Кол-во с запасом', width: 50, align: 'right' },
    { title: 'Упаковки', width: 52, align: 'right' },
    { title: 'Товар, продавец', width: 0, align: 'left' },
    { title: 'К заказу', width: 52, align: 'right' },
    { title: 'Цена', width: 58, align: 'right' },
    { title: 'Сумма', width: 66, align: 'right' },
  ],
  7.5,
);

const FREE = table(
  [
    { title: '№', width: 18, align: 'center' },
    { title: 'Наименование', width: 0, align: 'left' },
    { title: 'Кол-во', width: 70, align: 'right' },
    { title: 'Товар, продавец', width: 240, align: 'left' },
    { title: 'Цена', width: 70, align: 'right' },
    { title: 'Сумма', width: 80, align: 'right' },
  ],
  7.5,
);

const SELLERS = table(
  [
    { title: 'Продавец', width: 0, align: 'left' },
    { title: 'Позиций', width: 46, align: 'right' },
    { title: 'Товары', width: 80, align: 'right' },
    { title: 'Доставка (ориентир)', width: 80, align: 'right' },
    { title: 'в т. ч. НДС', width: 74, align: 'right' },
    { title: 'Итого', width: 84, align: 'right' },
    { title: 'Доставка: как', width: 200, align: 'left' },
  ],
  8,
);

const MISSING = table(
  [
    { title: 'Работа', width: 200, align: 'left' },
    { title: 'Материал', width: 220, align: 'left' },
    { title: 'Почему не подобран', width: 0, align: 'left' },
  ],
  8,
);

export async function estimatePdf(view: EstimateView, meta: ExportMeta): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit'); // loaded on first use: ~27 MB resident (bench/README "Memory")
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: MARGIN,
    bufferPages: true,
    font: FONT_FILES.regular,
    lang: 'ru-RU',
    displayTitle: true,
    // A fixed CreationDate fixes the file ID pdfkit derives from it: same estimate, same bytes.
    info: {
      Title: `Смета «${meta.title}»`,
      Creator: 'TUTUU Market',
      Producer: 'TUTUU Market',
      CreationDate: meta.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, FONT_FILES.regular);
  doc.registerFont(BOLD, FONT_FILES.bold);
  doc.lineWidth(0.5).strokeColor('black').fillColor('black');

  let y = drawHeading(doc, view, meta);
  for (const job of view.jobs) y = drawJob(doc, job, y + 10);
  if (view.freeLines.length > 0) y = drawFreeLines(doc, view.freeLines, y + 10);
  y = drawTotals(doc, view, y + 12);
  if (view.missing.length > 0) drawMissing(doc, view, y + 10);
  // «Смета «…» — страница 2 из 3» at the foot of every page.
  drawPageFooters(doc, `Смета «${meta.title}»`, doc.bufferedPageRange(), {
    font: REGULAR,
    x: X0,
    y: PAGE_HEIGHT - MARGIN.bottom - 6,
    width: CONTENT_WIDTH,
  });
  doc.end();
  return done;
}

function drawHeading(doc: Doc, view: EstimateView, meta: ExportMeta): number {
  let y = paragraph(doc, `Смета «${meta.title}»`, MARGIN.top, { size: 15, bold: true, gap: 4 });
  const facts = [
    `Сформирована ${moscowText(meta.createdAt)}`,
    meta.version === undefined ? null : `версия ${meta.version}`,
    meta.customerName ? `заказчик: ${meta.customerName}` : null,
  ].filter(Boolean);
  y = paragraph(doc, facts.join(' · '), y, { size: 9 });
  y = paragraph(doc, `Подбор предложений: ${strategyText(view.pricing)}.`, y, { size: 9 });
  return paragraph(
    doc,
    'Количества — по нормам расхода с запасом, округлены вверх до целых упаковок. Цены и наличие — на момент ' +
      'составления сметы, с НДС; доставка — ориентировочная цена TUTUU Market.',
    y,
    { size: 8, gap: 2 },
  );
}

function drawJob(doc: Doc, job: EstimateJob, top: number): number {
  const heading = `${job.index + 1}. ${job.title}${job.title === templateTitle(job) ? '' : ` — ${templateTitle(job)}`}`;
  // A heading never ends a page: it stays with its inputs and the table's first rows.
  let y = paragraph(doc, heading, room(doc, top, 130), { size: 11.5, bold: true });
  const inputs = inputRows(job)
    .map((r) => `${r.label}: ${r.value}${r.unit ? ` ${r.unit}` : ''}`)
    .join('; ');
  if (inputs) y = paragraph(doc, `Исходные данные: ${inputs}.`, y, { size: 8 });
  const derived = job.derived.map((d) => `${d.label.ru} ${qty(d.value)} ${d.unit}`).join('; ');
  if (derived) y = paragraph(doc, `Расчётные размеры: ${derived}.`, y, { size: 8 });
  y = drawTable(
    doc,
    LINES,
    job.lines.map((line, i) => lineRow(line, i)),
    y + 2,
  );
  const subtotal = job.lines.reduce((sum, l) => sum + (l.totalMinor ?? 0), 0);
  const unpriced = job.lines.filter((l) => l.totalMinor === null).length;
  return totalsBlock(
    doc,
    [[`Итого по работе${unpriced ? ` (без ${unpriced} неподобранных позиций)` : ''}:`, rub(subtotal), true]],
    y + 3,
    LINES.widths.at(-1)! + 40,
  );
}

function lineRow(line: EstimateLine, i: number): Row {
  const offer = line.offer;
  const notes = lineNotes(line);
  const goods = offer
    ? [productText(line), `${offer.sellerName}${offer.warehouseName ? `, ${offer.warehouseName}` : ''}`]
    : // Left out on purpose (bought elsewhere, nothing to buy): the reason says so, not «not found».
      line.reasonCode === 'excluded' || line.reasonCode === 'not_needed'
      ? []
      : ['Не подобран'];
  return {
    cells: [
      String(i + 1),
      `${line.name}, ${line.unit}`,
      `${line.formula}\nНорма: ${normText(line)}`,
      qty(line.net),
      qty(line.reservePct),
      qty(line.quantity),
      `${qty(String(line.packs))} × ${qty(line.packSize)}`,
      [...goods, ...notes].filter(Boolean).join('\n'),
      offer && line.orderQuantity !== null ? `${qty(line.orderQuantity)} ${offer.unit}` : '—',
      line.priceMinor === null ? '—' : rub(line.priceMinor),
      line.totalMinor === null ? '—' : rub(line.totalMinor),
    ],
  };
}

function drawFreeLines(doc: Doc, lines: readonly EstimateFreeLine[], top: number): number {
  const y = paragraph(doc, 'Свои позиции', room(doc, top, 60), { size: 11.5, bold: true });
  const rows = lines.map((line, i): Row => {
    const offer = line.offer;
    const quantity =
      offer && line.orderQuantity ? `${qty(line.orderQuantity)} ${offer.unit}` : `${qty(line.quantity)} ${line.unit}`;
    const goods = offer
      ? [productText(line), offer.sellerName]
      : [productText(line), line.priceMinor === null ? '' : 'без продавца, цена заказчика'];
    return {
      cells: [
        String(i + 1),
        line.name,
        quantity,
        [...goods, line.reason ?? ''].filter(Boolean).join('\n'),
        line.priceMinor === null ? '—' : rub(line.priceMinor),
        line.totalMinor === null ? '—' : rub(line.totalMinor),
      ],
    };
  });
  return drawTable(doc, FREE, rows, y + 2);
}

function drawTotals(doc: Doc, view: EstimateView, top: number): number {
  let y = paragraph(doc, 'Итого по продавцам', room(doc, top, 60), { size: 11.5, bold: true });
  const rows = view.sellers.map((s): Row => ({
    cells: [
      s.sellerName,
      String(s.lines),
      rub(s.goodsMinor),
      s.delivery ? rub(s.deliveryMinor) : '—',
      rub(s.vatMinor),
      rub(s.totalMinor),
      [deliveryText(s.delivery), s.deliveryNote].filter(Boolean).join('; '),
    ],
  }));
  const own = view.totals.withoutSeller;
  if (own.lines > 0) {
    // The customer's own lines at their own price: counted in the total, sold by no one here.
    const ownRow = [
      'Без продавца (свои цены)',
      String(own.lines),
      rub(own.goodsMinor),
      '—',
      '—',
      rub(own.goodsMinor),
      '',
    ];
    rows.push({ cells: ownRow });
  }
  y = drawTable(doc, SELLERS, rows, y + 2);
  const t = view.totals;
  return totalsBlock(
    doc,
    [
      ['Товары:', rub(t.goodsMinor)],
      ['Доставка (ориентировочно):', rub(t.deliveryMinor)],
      ['Всего с НДС:', rub(t.totalMinor), true],
      ...t.vatByRate.map((v): [string, string] => [`в т. ч. НДС ${vatRateText(v.rate)}:`, rub(v.vatMinor)]),
      ...(t.vatByRate.length === 0 ? [['в т. ч. НДС:', rub(t.vatMinor)] as [string, string]] : []),
    ],
    y + 6,
    110,
  );
}

/** «Бортовой 5 т, 18,4 км по дорогам»; per warehouse when the goods ship from several. */
function deliveryText(delivery: EstimateView['sellers'][number]['delivery']): string {
  if (!delivery) return '';
  if (delivery.parts.length > 1) {
    return delivery.parts.map((p) => `${p.warehouseName}: ${p.vehicleName}, ${rub(p.priceMinor)}`).join('; ');
  }
  return `${delivery.vehicleName}, ${qty(String(Math.round(delivery.roadKm * 10) / 10))} км по дорогам`;
}

function drawMissing(doc: Doc, view: EstimateView, top: number): number {
  const y = paragraph(doc, 'Не подобрано — купить отдельно', room(doc, top, 60), { size: 11.5, bold: true });
  const rows = view.missing.map((m): Row => ({
    cells: [view.jobs.find((j) => j.index === m.job)?.title ?? `Работа ${m.job + 1}`, m.name, m.reason],
  }));
  return drawTable(doc, MISSING, rows, y + 2);
}
