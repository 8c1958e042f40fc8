import type { InvoiceDocument, InvoiceLine } from '../invoice-document.js';

/** A seller and buyer with real-looking requisites (Сбербанк's and Газпром's public ИНН). */
export function invoice(over: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    number: '17',
    date: '2026-03-05',
    seller: {
      name: 'ООО «СтройБаза»',
      inn: '7707083893',
      kpp: '770701001',
      address: '125040, г. Москва, ул. Правды, д. 24, стр. 1',
      phone: '+7 495 123-45-67',
      bank: {
        name: 'ПАО Сбербанк, г. Москва',
        bik: '044525225',
        correspondentAccount: '30101810400000000225',
        account: '40702810938000012345',
      },
      director: 'Иванов И. И.',
      accountant: 'Петрова А. А.',
    },
    buyer: {
      name: 'ООО «Ремстрой»',
      inn: '7736050003',
      kpp: '773601001',
      address: '117997, г. Москва, ул. Наметкина, д. 16',
    },
    order: { number: 'TU-2026-000017', date: '2026-03-04' },
    lines: [cement()],
    delivery: { amountMinor: 450_000, vatRate: '22' },
    payBy: '2026-03-10',
    ...over,
  };
}

/** 40 bags at 550 ₽: 22 000 ₽ with 22 % VAT inside. */
export function cement(over: Partial<InvoiceLine> = {}): InvoiceLine {
  return {
    name: 'Цемент М500 Д0 ЦЕМ I 42,5Н, мешок 50 кг',
    quantity: '40',
    unit: 'мешок',
    priceMinor: 55_000,
    amountMinor: 2_200_000,
    vatRate: '22',
    ...over,
  };
}

const GOODS = [
  'Кирпич керамический полнотелый одинарный М150 1НФ, поддон 480 шт',
  'Песок строительный мытый, фракция 0–2,5 мм',
  'Газобетонный блок D500 600×300×200 мм',
  'Арматура А500С 12 мм, 11,7 м',
];

/** `count` different lines, so a test can tell the first from the last. */
export function manyLines(count: number): InvoiceLine[] {
  return Array.from({ length: count }, (_, i) =>
    cement({
      name: `${GOODS[i % GOODS.length]} (позиция ${i + 1})`,
      quantity: '1',
      unit: 'шт',
      priceMinor: 250_000,
      amountMinor: 250_000,
    }),
  );
}
