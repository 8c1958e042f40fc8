import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../test/pdf-text.js';
import { estimatePdf } from '../estimates/export/estimate-pdf.js';
import type { EstimateView } from '../estimates/estimate.js';
import type { ExportMeta } from '../estimates/export/export-format.js';
import { TEMPLATES } from '../estimates/templates/index.js';
import { estimate, freeLine, HOUSE, housePrices, PRICES, STROYBAZA, WALL } from './estimate-export-fixture.js';

const META: ExportMeta = {
  title: 'Дом в Истре',
  createdAt: new Date('2026-11-27T21:30:00Z'),
  version: 3,
  customerName: 'Иван Петров',
};

async function text(view: EstimateView, meta: ExportMeta = META): Promise<string[]> {
  const pdf = await estimatePdf(view, meta);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return (await readPdf(pdf)).pages;
}

describe('estimatePdf', () => {
  it('writes the heading, the job’s inputs and sizes, each line’s formula, norm and source, and the totals in Russian', async () => {
    const pages = await text(estimate([WALL], PRICES));
    expect(pages).toHaveLength(1);
    const page = pages[0]!;
    for (const expected of [
      'Смета «Дом в Истре»',
      // 21:30 UTC is the next day in Moscow
      'Сформирована 28.11.2026 00:30 МСК · версия 3 · заказчик: Иван Петров',
      'Подбор предложений: самые дешёвые подходящие предложения; доставка до точки 55.75, 37.62.',
      '1. Стены первого этажа — Кирпичная стена',
      'Длина стены: 10 м; Высота стены: 2,8 м; Толщина стены, в кирпичах: 1 (в один кирпич (250 мм))',
      'Проёмы (окна, двери)', // the openings input's label
      '1,5×1,2 м × 2',
      'Площадь кладки 24,4 м²',
      'Объём кладки 6,1 м³',
      'Расчёт; норма и её источник',
      // brick: 24,4 × 102 = 2 488,8 net, +5 % = 2 613,24, 2 614 singly at 18,50 = 48 359,00
      'Кирпич 1НФ, шт',
      '24,4 м² × 102 шт/м²',
      'Норма: 102 шт/м² — Расход кирпича на 1 м² кладки при швах 10 мм (ГОСТ 530-2012',
      '2 488,8 5 2 613,24 2 614 × 1',
      'Кирпич керамический М150 1НФ (арт. SKU-brick) ООО «СтройБаза», Склад Москва-1',
      '2 614 шт 18,50 ₽ 48 359,00 ₽',
      // mortar: 6,1 × 0,24 × 1 800 = 2 635,2 kg, +5 % = 2 766,96, 70 bags of 40 kg at 450,00
      '6,1 м³ кладки × 0,24 м³/м³ × 1 800 кг/м³',
      'ГЭСН 08-02-001-03',
      'Сухой смеси на 1 м³ раствора: 1 800 кг/м³ — Паспорта сухих кладочных смесей',
      '2 635,2 5 2 766,96 70 × 40',
      '70 мешок 450,00 ₽ 31 500,00 ₽',
      'Итого по работе: 79 859,00 ₽',
      'Итого по продавцам',
      // goods 79 859,00 + delivery 4 500,00; VAT 48 359·22/122 = 8 720,48, 31 500 → 5 680,33, 4 500 → 811,48
      'ООО «СтройБаза» 2 79 859,00 ₽ 4 500,00 ₽ 15 212,29 ₽ 84 359,00 ₽ Бортовой 5 т, 18,4 км по дорогам',
      'Товары: 79 859,00 ₽',
      'Доставка (ориентировочно): 4 500,00 ₽',
      'Всего с НДС: 84 359,00 ₽',
      'в т. ч. НДС 22 %: 15 212,29 ₽',
      'Смета «Дом в Истре» — страница 1 из 1',
    ]) {
      expect(page).toContain(expected);
    }
    expect(page).not.toContain('Не подобрано');
  });

  it('shows a line without an offer with its reason, lists it as not found and leaves it out of the job’s sum', async () => {
    const view = estimate([WALL], { brick: PRICES.brick! });
    // the goods ship from two warehouses: each one's vehicle and guide price
    const part = view.sellers[0]!.delivery!.parts[0]!;
    view.sellers[0]!.delivery!.parts = [
      { ...part, priceMinor: 300_000 },
      { ...part, warehouseId: 'w-2', warehouseName: 'Склад Химки', vehicleName: 'Газель 1,5 т', priceMinor: 150_000 },
    ];
    const page = (await text(view))[0]!;
    expect(page).toContain('Склад Москва-1: Бортовой 5 т, 3 000,00 ₽; Склад Химки: Газель 1,5 т, 1 500,00 ₽');
    // the same estimate at the same moment is the same file
    expect((await estimatePdf(view, META)).equals(await estimatePdf(view, META))).toBe(true);
    expect(page).toContain('Кладочная смесь (раствор), кг');
    // a line the customer buys elsewhere is not «not found»
    const excluded = estimate([WALL], {
      brick: PRICES.brick!,
      masonry_mortar: 'Покупается отдельно: исключено из сметы',
    });
    excluded.jobs[0]!.lines[1]!.reasonCode = 'excluded';
    const excludedPage = (await text(excluded))[0]!;
    expect(excludedPage).toContain('70 × 40 Покупается отдельно: исключено из сметы — — —');
    expect(excludedPage).not.toContain('Не подобран ');
    expect(page).toContain('Не подобран нет подходящего товара в наличии — — —');
    expect(page).toContain('Итого по работе (без 1 неподобранных позиций): 48 359,00 ₽');
    expect(page).toContain(
      'Не подобрано — купить отдельно Работа Материал Почему не подобран Стены первого этажа Кладочная смесь (раствор) нет подходящего товара в наличии',
    );
  });

  it('marks hand-set quantities and moved prices, lists free lines and those without a seller, and says when delivery needs an address', async () => {
    const view = estimate([WALL], PRICES, {
      deliveryMinor: null,
      freeLines: [
        freeLine('Перемычка ПБ 16-1', 'шт', '4', {
          offer: STROYBAZA,
          priceMinor: 62_000,
          product: 'Перемычка 2ПБ 16-2',
        }),
        freeLine('Работа каменщика', 'м²', '24.4', 150_000),
      ],
    });
    Object.assign(view.jobs[0]!.lines[0]!, { overridden: { quantity: true, offer: false }, previousPriceMinor: 1790 });
    const page = (await text(view, { title: 'Баня', createdAt: new Date('2026-03-05T09:00:00Z') }))[0]!;
    expect(page).toContain(
      'Сформирована 05.03.2026 12:00 МСК Подбор предложений: самые дешёвые подходящие предложения.',
    );
    expect(page).not.toContain('версия');
    expect(page).toContain('количество задано вручную');
    expect(page).toContain('цена изменилась: была 17,90 ₽');
    expect(page).toContain('Свои позиции');
    expect(page).toContain('1 Перемычка ПБ 16-1 4 шт Перемычка 2ПБ 16-2 ООО «СтройБаза» 620,00 ₽ 2 480,00 ₽');
    expect(page).toContain('2 Работа каменщика 24,4 м² без продавца, цена заказчика 1 500,00 ₽ 36 600,00 ₽');
    // 79 859,00 + 2 480,00 from the seller, VAT 8 720,48 + 5 680,33 + 447,21; no drop-off point: no delivery price
    expect(page).toContain('ООО «СтройБаза» 3 82 339,00 ₽ — 14 848,02 ₽ 82 339,00 ₽ укажите адрес доставки');
    expect(page).toContain('Без продавца (свои цены) 1 36 600,00 ₽ — — 36 600,00 ₽');
    expect(page).toContain('Товары: 118 939,00 ₽ Доставка (ориентировочно): 0,00 ₽ Всего с НДС: 118 939,00 ₽');
    expect(page).toContain('в т. ч. НДС 22 %: 14 848,02 ₽');
  });

  it('runs a long estimate over several pages, each table page under its header, no job heading left at a page’s foot', async () => {
    const jobs = Array.from({ length: 14 }, (_, i) => ({ ...WALL, title: `Стена № ${i + 1}` }));
    const pages = await text(estimate(jobs, PRICES));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => expect(page).toContain(`Смета «Дом в Истре» — страница ${i + 1} из ${pages.length}`));
    const all = pages.join(' ');
    for (let i = 1; i <= 14; i++) expect(all).toContain(`${i}. Стена № ${i} — Кирпичная стена`);
    // whatever page a job's heading is on, its first line is on the same page
    for (let i = 1; i <= 14; i++) {
      const page = pages.find((p) => p.includes(`${i}. Стена № ${i} — `))!;
      expect(page.slice(page.indexOf(`${i}. Стена № ${i} — `))).toContain('Кирпич 1НФ, шт');
    }
    // every page that shows lines shows the header over them
    for (const page of pages.filter((p) => p.includes('18,50 ₽')))
      expect(page).toContain('Расчёт; норма и её источник');
    expect(pages.at(-1)).toContain('Всего с НДС:');
  });

  it('repeats the header when one job’s table itself runs over a page', async () => {
    const view = estimate([WALL], PRICES);
    const job = view.jobs[0]!;
    const many = Array.from({ length: 40 }, () => job.lines).flat();
    const pages = await text({ ...view, jobs: [{ ...job, lines: many }] });
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // The job's heading once, the table header on every page the table reaches.
    expect(pages.join(' ').split('1. Стены первого этажа').length - 1).toBe(1);
    for (const page of pages.slice(0, -1)) expect(page).toContain('Материал, ед. Расчёт; норма и её источник Нетто');
    expect(pages[1]!.indexOf('Материал, ед.')).toBeLessThan(pages[1]!.indexOf('Кирпич 1НФ'));
  });

  it('renders a house of all twelve templates: every line’s formula and norm source, every page numbered', async () => {
    const view = estimate(HOUSE, housePrices(TEMPLATES.flatMap((t) => t.materials)));
    expect(view.jobs).toHaveLength(12);
    const pages = await text(view);
    // Lines wrap at spaces and after «/» (кг/|м), so compare without whitespace.
    const squash = (s: string): string => s.replace(/\s+/g, '');
    const all = squash(pages.join(''));
    for (const job of view.jobs) {
      expect(all).toContain(squash(`${job.index + 1}. ${job.title}`));
      for (const line of job.lines) {
        expect(all).toContain(squash(line.formula));
        expect(all).toContain(squash(line.norm.source));
      }
    }
    expect(all).toContain(squash('Ни на одном складе нет нужного количества подходящего товара'));
    // Choices read in Russian: the roof's covering by its label, not its code.
    expect(all).toContain(squash('Покрытие: металлочерепица'));
    expect(all).not.toMatch(/metal_tile|straight|interior/);
    pages.forEach((page, i) => expect(page).toContain(`страница ${i + 1} из ${pages.length}`));
  });
});
