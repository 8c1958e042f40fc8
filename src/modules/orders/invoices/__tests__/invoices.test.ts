/** Счета на оплату as PDF: per sub-order for its seller, all of an order's in one file for its customer. */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import { VALID_COMPANY_INNS, type Account } from '../../../../../test/factories.js';
import { formatRub } from '../../../../shared/money/format-rub.js';
import { longDate, shortDate } from '../invoice-format.js';
import { readPdf } from '../../../../../test/pdf-text.js';
import { delivery, ORDERS, OrdersFixture, pickup, type OrderJson } from '../../../../../test/fixtures/orders.js';

let ctx: TestContext;
let fx: OrdersFixture;
let seller: Account;
let rival: Account;
let customer: Account;
let cementOffer: string;
let sandOffer: string;

const CEMENT = 'Цемент М500 Д0 ЦЕМ I 42,5Н, мешок 50 кг';
const SAND = 'Песок карьерный мытый';
const COMPANY = { companyName: 'ООО «Ромашка»', inn: '7707083893', kpp: '770701001' };

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new OrdersFixture(ctx);
  seller = await ctx.make.seller({
    company: {
      name: 'ООО «СтройБаза»',
      inn: VALID_COMPANY_INNS[1],
      kpp: '772801001',
      address: '125040, г. Москва, ул. Правды, д. 24',
    },
  });
  rival = await ctx.make.seller({
    taxRegime: 'usn',
    company: { name: 'ООО «КирпичДвор»', inn: VALID_COMPANY_INNS[2] },
  });
  customer = await ctx.make.customer();
  cementOffer = (await fx.listed(seller, '1000', { product: { name: CEMENT } })).offerId;
  sandOffer = (
    await fx.listed(rival, '500', {
      product: { name: SAND, unit: 'м³', weightKg: '1600', volumeM3: '1' },
      offer: { priceMinor: 95_000, vatRate: 'none', step: '0.5', minQty: '1' },
    })
  ).offerId;
});
afterAll(() => ctx?.close());

const orderPdf = (orderId: string, who?: Account) =>
  ctx.request({ method: 'GET', url: `${ORDERS}/${orderId}/invoice.pdf`, token: who?.accessToken });
const subOrderPdf = (subOrderId: string, who?: Account) =>
  ctx.request({ method: 'GET', url: `${ORDERS}/sub-orders/${subOrderId}/invoice.pdf`, token: who?.accessToken });

/** Asserts a PDF answer named after `number`, and returns its pages' text. */
async function pdfPages(res: LightMyRequestResponse, number: string): Promise<string[]> {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toBe(
    `attachment; filename="schet-${number}.pdf"; filename*=UTF-8''${encodeURIComponent(`Счёт ${number}.pdf`)}`,
  );
  expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return (await readPdf(res.rawPayload)).pages;
}

/** An order with a line from each of the two sellers: two sub-orders, two invoices. */
async function twoSellerOrder(who: Account): Promise<OrderJson> {
  expect((await fx.add(who, sandOffer, '2.5')).statusCode).toBe(201);
  const order = await fx.placed(who, cementOffer, '3', pickup({ buyer: COMPANY }));
  expect(order.subOrders).toHaveLength(2);
  return order;
}

const cancelOrder = (orderId: string) =>
  ctx.request({
    method: 'POST',
    url: `${ORDERS}/${orderId}/cancel`,
    token: customer.accessToken,
    payload: { reason: 'передумали' },
  });

/** Money as the PDF's text reads back: the group separator collapsed to a plain space. */
const rub = (minor: number) => formatRub(minor).replace(/\s/g, ' ');

const subOf = (order: OrderJson, sellerAccount: Account) =>
  order.subOrders.find((s) => s.sellerId === sellerAccount.id)!;

describe('the sub-order invoice', () => {
  it('gives the seller its invoice with both parties’ requisites, the lines, VAT and the total in words', async () => {
    const order = (await fx.placed(customer, cementOffer, '2', pickup({ buyer: COMPANY }))) as OrderJson & {
      createdAt: string;
    };
    const sub = order.subOrders[0]!;
    const pages = await pdfPages(await subOrderPdf(sub.id, seller), sub.number);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    for (const expected of [
      `Счёт на оплату № ${sub.number} от ${longDate(new Date(order.createdAt))}`,
      `ИНН ${VALID_COMPANY_INNS[1]}`,
      `ООО «СтройБаза», ИНН ${VALID_COMPANY_INNS[1]}, КПП 772801001, 125040, г. Москва, ул. Правды, д. 24`,
      'Покупатель (Заказчик): ООО «Ромашка», ИНН 7707083893, КПП 770701001',
      `Основание: Заказ № ${order.number}`,
      // Rate and VAT on the line: 1 040 · 22/122 = 187,54.
      `1 ${CEMENT} 2 мешок 520,00 22 % 187,54 1 040,00`,
      'В том числе НДС 22 %: 187,54',
      // The seller's bank boxes, from its requisites.
      'ПАО Сбербанк БИК 044525225 Сч. № 30101810400000000225',
      'Сч. № 40702810938000012345',
      'Всего к оплате: 1 040,00',
      'Одна тысяча сорок рублей 00 копеек',
      `Оплатить не позднее ${shortDate(new Date(order.payBy))}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Доставка');
  });

  it('adds delivery as the last line, with 22 % VAT', async () => {
    const order = await fx.placed(customer, cementOffer, '2', delivery({ paymentMethod: 'invoice' }));
    const sub = order.subOrders[0]!;
    expect(sub.totals.deliveryMinor).toBeGreaterThan(0);
    const text = (await pdfPages(await subOrderPdf(sub.id, seller), sub.number)).join(' ');
    expect(text).toContain('2 Доставка: г. Москва, ул. Тверская, д. 1 1 усл. ед.');
    expect(text).toContain(`Всего наименований 2, на сумму ${rub(sub.totals.totalMinor)} руб.`);
    // The invoice's VAT (per line, delivery at 22 %) is the sub-order's, to the kopeck.
    expect(text).toContain(`В том числе НДС 22 %: ${rub(sub.totals.vatMinor)}`);
    expect(text).toContain('Покупатель (Заказчик): Покупатель');
  });

  it('is the seller’s own or an admin’s: another seller gets a 404, a customer a 403, no token a 401', async () => {
    const order = await fx.placed(customer, cementOffer, '2');
    const sub = order.subOrders[0]!;
    await pdfPages(await subOrderPdf(sub.id, await ctx.make.admin()), sub.number);
    expectProblem(await subOrderPdf(sub.id, rival), 404, 'ORDER.SUB_ORDER_NOT_FOUND');
    expectProblem(await subOrderPdf(sub.id, customer), 403, 'AUTH.FORBIDDEN');
    expectProblem(await subOrderPdf(sub.id), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(await subOrderPdf('00000000-0000-4000-8000-000000000000', seller), 404, 'ORDER.SUB_ORDER_NOT_FOUND');
    expectProblem(await subOrderPdf('not-a-uuid', seller), 400, 'VALIDATION');
  });

  it('exists only for invoice orders that are not cancelled', async () => {
    const card = await fx.placed(customer, cementOffer, '2', pickup({ paymentMethod: 'card' }));
    expectProblem(await subOrderPdf(card.subOrders[0]!.id, seller), 409, 'ORDER.NOT_INVOICE');
    const order = await fx.placed(customer, cementOffer, '2');
    expect((await cancelOrder(order.id)).statusCode).toBe(200);
    expectProblem(await subOrderPdf(order.subOrders[0]!.id, seller), 409, 'ORDER.CANCELLED');
  });
});

describe('the order invoice', () => {
  it('gives the customer every seller’s invoice in one PDF, each on its own page', async () => {
    const order = await twoSellerOrder(customer);
    const [first, second] = [...order.subOrders].sort((a, b) => a.number.localeCompare(b.number));
    const pages = await pdfPages(await orderPdf(order.id, customer), order.number);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain(`Счёт на оплату № ${first!.number}`);
    expect(pages.at(-1)).toContain(`Счёт на оплату № ${second!.number}`);
    const all = pages.join(' ');
    expect(all).toContain(`ИНН ${VALID_COMPANY_INNS[1]}`);
    expect(all).toContain(`ООО «КирпичДвор», ИНН ${VALID_COMPANY_INNS[2]}`);
    expect(all).toContain(CEMENT);
    // 2,5 м³ · 950 ₽ from a seller on УСН
    // The УСН seller's sand: no VAT on the line, and the summary says on what amount.
    expect(all).toContain(`1 ${SAND} 2,5 м³ 950,00 Без НДС — 2 375,00`);
    expect(all).toContain('Без НДС, на сумму: 2 375,00');
    expect(all).toContain('Две тысячи триста семьдесят пять рублей 00 копеек');
    expect(all).toContain('Одна тысяча пятьсот шестьдесят рублей 00 копеек');
    expect(all.match(/ООО «Ромашка», ИНН 7707083893/g)).toHaveLength(2);
    // The seller reads its own part of the same order.
    const sellerText = (
      await pdfPages(await subOrderPdf(subOf(order, seller).id, seller), subOf(order, seller).number)
    )[0]!;
    expect(sellerText).toContain(CEMENT);
    expect(sellerText).not.toContain(SAND);
  });

  it('leaves cancelled sub-orders out, and is a 409 once the whole order is cancelled', async () => {
    const order = await twoSellerOrder(customer);
    const gone = subOf(order, rival);
    const cancelled = await fx.transition(rival, gone.id, 'cancelled', 'нет машины');
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expectProblem(await subOrderPdf(gone.id, rival), 409, 'ORDER.CANCELLED');
    const pages = await pdfPages(await orderPdf(order.id, customer), order.number);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(`Счёт на оплату № ${subOf(order, seller).number}`);
    expect(pages[0]).not.toContain(gone.number);
    const cancel = await cancelOrder(order.id);
    expect(cancel.statusCode, cancel.body).toBe(200);
    expectProblem(await orderPdf(order.id, customer), 409, 'ORDER.CANCELLED');
  });

  it('is the customer’s own or an admin’s: anyone else gets a 404, no token a 401', async () => {
    const order = await fx.placed(customer, cementOffer, '2');
    await pdfPages(await orderPdf(order.id, await ctx.make.admin()), order.number);
    expectProblem(await orderPdf(order.id, await ctx.make.customer()), 404, 'ORDER.NOT_FOUND');
    expectProblem(await orderPdf(order.id, seller), 404, 'ORDER.NOT_FOUND');
    expectProblem(await orderPdf(order.id), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(await orderPdf('not-a-uuid', customer), 400, 'VALIDATION');
  });

  it('is a 409 for a card order', async () => {
    const card = await fx.placed(customer, cementOffer, '2', pickup({ paymentMethod: 'card' }));
    expectProblem(await orderPdf(card.id, customer), 409, 'ORDER.NOT_INVOICE');
  });

  it('is documented in OpenAPI as a PDF', async () => {
    const spec = (await ctx.request({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of ['/api/v1/orders/{id}/invoice.pdf', '/api/v1/orders/sub-orders/{id}/invoice.pdf']) {
      const op = spec.paths[path].get;
      expect(op.tags).toEqual(['orders']);
      expect(op.security).toEqual([{ bearerAuth: [] }]);
      expect(op.responses['200'].content['application/pdf'].schema).toMatchObject({ format: 'binary' });
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '401', '404', '409']));
    }
  });
});
