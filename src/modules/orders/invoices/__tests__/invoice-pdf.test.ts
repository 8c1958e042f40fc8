import { describe, expect, it } from 'vitest';
import { renderInvoicePdf, renderInvoicesPdf } from '../invoice-pdf.js';
import { cement, invoice, manyLines } from './invoice-fixture.js';
import { readPdf } from '../../../../../test/pdf-text.js';

describe('renderInvoicePdf', () => {
  it('writes a one-page PDF whose Cyrillic text reads back', async () => {
    const pdf = await renderInvoicePdf(invoice());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    for (const expected of [
      // the bank box
      'ПАО Сбербанк, г. Москва',
      'Банк получателя',
      'БИК 044525225',
      '30101810400000000225',
      'ИНН 7707083893',
      'КПП 770701001',
      '40702810938000012345',
      'Получатель',
      // title and parties
      'Счёт на оплату № 17 от 5 марта 2026 г.',
      'Поставщик (Исполнитель):',
      'ООО «СтройБаза», ИНН 7707083893, КПП 770701001, 125040, г. Москва, ул. Правды, д. 24, стр. 1',
      'Покупатель (Заказчик):',
      'ООО «Ремстрой», ИНН 7736050003, КПП 773601001',
      'Основание: Заказ № TU-2026-000017 от 04.03.2026',
      // the table: 40 × 550,00 = 22 000,00, then delivery
      'Товары (работы, услуги)',
      // each line with its rate and the VAT inside it
      '1 Цемент М500 Д0 ЦЕМ I 42,5Н, мешок 50 кг 40 мешок 550,00 22 % 3 967,21 22 000,00',
      '2 Доставка 1 усл. ед. 4 500,00 22 % 811,48 4 500,00',
      // 22 000·22/122 = 3 967,21; 4 500·22/122 = 811,475… → 811,48
      'Итого: 26 500,00',
      'В том числе НДС 22 %: 4 778,69',
      'Всего к оплате: 26 500,00',
      'Всего наименований 2, на сумму 26 500,00 руб.',
      'Двадцать шесть тысяч пятьсот рублей 00 копеек',
      'Оплатить не позднее 10.03.2026',
      'Руководитель',
      'Иванов И. И.',
      'Бухгалтер',
      'Петрова А. А.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('страница');
  });

  it('draws the bank box empty when the seller gave no bank details', async () => {
    const doc = invoice();
    doc.seller = { ...doc.seller, bank: undefined, kpp: undefined };
    const text = (await readPdf(await renderInvoicePdf(doc))).pages[0]!;
    expect(text).toContain('Банк получателя');
    expect(text).toContain('БИК Сч. № ИНН 7707083893 КПП Сч. №');
    expect(text).not.toContain('044525225');
  });

  it('shows each line’s rate and VAT, and the VAT per rate present, «Без НДС» with its amount', async () => {
    const mixed = invoice({
      lines: [
        cement(),
        cement({ name: 'Доска обрезная 50×150×6000 мм', amountMinor: 1_100_000, vatRate: '10' }),
        cement({
          name: 'Кирпич М150 (без НДС)',
          quantity: '2',
          priceMinor: 50_000,
          amountMinor: 100_000,
          vatRate: 'none',
        }),
        cement({ name: 'Сетка кладочная', quantity: '1', priceMinor: 105_000, amountMinor: 105_000, vatRate: '5' }),
      ],
      delivery: { amountMinor: 450_000, vatRate: '0' },
    });
    const text = (await readPdf(await renderInvoicePdf(mixed))).pages[0]!;
    expect(text).toContain('Ставка НДС Сумма НДС');
    // 11 000·10/110 = 1 000,00; 1 050·5/105 = 50,00
    expect(text).toContain('Доска обрезная 50×150×6000 мм 40 мешок 550,00 10 % 1 000,00 11 000,00');
    expect(text).toContain('Кирпич М150 (без НДС) 2 мешок 500,00 Без НДС — 1 000,00');
    expect(text).toContain('Сетка кладочная 1 мешок 1 050,00 5 % 50,00 1 050,00');
    expect(text).toContain(
      'В том числе НДС 22 %: 3 967,21 В том числе НДС 10 %: 1 000,00 В том числе НДС 5 %: 50,00 ' +
        'В том числе НДС 0 %: 0,00 Без НДС, на сумму: 1 000,00',
    );

    const usn = invoice({ lines: [cement({ vatRate: 'none' })], delivery: { amountMinor: 450_000, vatRate: 'none' } });
    const usnText = (await readPdf(await renderInvoicePdf(usn))).pages[0]!;
    expect(usnText).toContain('Итого: 26 500,00 Без НДС, на сумму: 26 500,00 Всего к оплате: 26 500,00');
    expect(usnText).not.toContain('В том числе НДС');
  });

  it('runs many lines over several pages, repeating the table header', async () => {
    const doc = invoice({ lines: manyLines(80) });
    const { pages } = await readPdf(await renderInvoicePdf(doc));
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      // Every page the table runs onto repeats its header (the totals may take a page of their own).
      if (page.includes('(позиция')) {
        expect(page).toContain('№ Товары (работы, услуги) Кол-во Ед. Цена Ставка НДС Сумма НДС Сумма');
      }
      expect(page).toContain(`Счёт № 17 от 05.03.2026 — страница ${i + 1} из ${pages.length}`);
    }
    const all = pages.join(' ');
    expect(all).toContain('(позиция 1)');
    expect(all).toContain('(позиция 80)');
    expect(all).toContain('81 Доставка');
    // 80 × 2 500 + 4 500 = 204 500 ₽
    expect(pages.at(-1)).toContain('Всего наименований 81, на сумму 204 500,00 руб.');
    expect(pages.at(-1)).toContain('Двести четыре тысячи пятьсот рублей 00 копеек');
  });

  it('renders the same bytes twice, dated by the invoice', async () => {
    const a = await renderInvoicePdf(invoice());
    const b = await renderInvoicePdf(invoice());
    expect(a.equals(b)).toBe(true);
    const { info } = await readPdf(a);
    // 5 March 2026, 00:00 in Moscow = 4 March, 21:00 UTC.
    expect(info.CreationDate).toBe('D:20260304210000Z');
    expect(info.Title).toBe('Счёт на оплату № 17 от 5 марта 2026 г.');
  });

  it('embeds its own font rather than relying on the reader’s', async () => {
    const raw = (await renderInvoicePdf(invoice())).toString('latin1');
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSansCondensed\b/);
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSansCondensed-Bold\b/);
    expect(raw).toContain('/FontFile2');
  });

  it('dates a Date by its calendar day in Moscow', async () => {
    // 22:30 UTC on 4 March is 01:30 on 5 March in Moscow.
    const doc = invoice({ date: new Date('2026-03-04T22:30:00Z') });
    const text = (await readPdf(await renderInvoicePdf(doc))).pages[0]!;
    expect(text).toContain('Счёт на оплату № 17 от 5 марта 2026 г.');
  });

  it('refuses a line with fractional kopecks before drawing anything', async () => {
    await expect(renderInvoicePdf(invoice({ lines: [cement({ amountMinor: 10.5 })] }))).rejects.toThrow(RangeError);
  });
});

describe('renderInvoicesPdf', () => {
  it('starts each invoice on a new page and numbers pages per invoice', async () => {
    const long = invoice({ number: '18', lines: manyLines(80) });
    const short = invoice({ number: '19', seller: { ...invoice().seller, name: 'ООО «КирпичДвор»' } });
    const { pages, info } = await readPdf(await renderInvoicesPdf([short, long, short]));
    const longPages = pages.length - 2;
    expect(longPages).toBeGreaterThan(1);
    expect(pages[0]).toContain('Счёт на оплату № 19 от 5 марта 2026 г.');
    expect(pages[0]).not.toContain('страница');
    expect(pages[1]).toContain('Счёт на оплату № 18 от 5 марта 2026 г.');
    for (let i = 0; i < longPages; i++) {
      expect(pages[1 + i]).toContain(`Счёт № 18 от 05.03.2026 — страница ${i + 1} из ${longPages}`);
    }
    expect(pages[longPages]).toContain('Двести четыре тысячи пятьсот рублей 00 копеек');
    expect(pages.at(-1)).toContain('Счёт на оплату № 19 от 5 марта 2026 г.');
    expect(pages.at(-1)).not.toContain('страница');
    expect(info.Title).toBe('Счета на оплату № 19, 18, 19');
    expect(info.Author).toBe('ООО «КирпичДвор», ООО «СтройБаза»');
  });

  it('renders one invoice exactly as renderInvoicePdf does', async () => {
    const [one, many] = await Promise.all([renderInvoicePdf(invoice()), renderInvoicesPdf([invoice()])]);
    expect(one.equals(many)).toBe(true);
  });

  it('refuses an empty list, and a bad invoice anywhere before drawing anything', async () => {
    await expect(renderInvoicesPdf([])).rejects.toThrow(RangeError);
    const bad = invoice({ lines: [cement({ amountMinor: -1 })] });
    await expect(renderInvoicesPdf([invoice(), bad])).rejects.toThrow(RangeError);
  });
});
