/**
 * The seller's journey: a price list with one good row (a real SKU of this seller) and one bad row
 * checked by a dry run (the bad row's reason in Russian), applied, and the new price on the offer's
 * page; then a customer's pickup order (arranged through the API) moved by the seller's next-status
 * buttons from paid to handed over, the status read on screen at each step.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api as apiAs, baseUrl, loginAs, openBrowser, type ApiClient } from './harness.js';

const SELLER = 'sales@strojbaza.demo';
const CUSTOMER = 'ivan.petrov@tutuu.demo';
/** A bag of cement: a light, well-stocked demo product of this seller (src/modules/catalog/seed). */
const SKU = 'TT-CEM-0004';
/** The test provider's card that succeeds without 3-D Secure (src/modules/orders/payments/test-card-provider.ts). */
const CARD = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123' };

interface StockItem {
  offer: { id: string; priceMinor: number; minQty: string };
  product: { sku: string | null };
}

let browser: Browser;
let page: Page;
let seller: ApiClient;
let offer: StockItem['offer'];

/** A POST that needs an Idempotency-Key (checkout, payments), which the harness client does not send. */
async function once<T>(who: ApiClient, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${who.token}`,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`POST ${path} → ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

/** «1 234,56 ₽» as the client writes it (formatMoney: NBSP between thousands and before ₽). */
const rubles = (minor: number) =>
  new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 }).format(minor / 100);

beforeAll(async () => {
  seller = await apiAs(SELLER);
  const { items: warehouses } = await seller.get<{ items: Array<{ id: string }> }>('/api/v1/catalog/warehouses');
  for (const w of warehouses) {
    const stock = await seller.get<{ items: StockItem[] }>(`/api/v1/catalog/warehouses/${w.id}/stock?q=${SKU}`);
    const hit = stock.items.find((s) => s.product.sku === SKU);
    if (hit) offer = hit.offer;
  }
  if (!offer) throw new Error(`${SELLER} has no offer of ${SKU}`);
  browser = await openBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await loginAs(page, SELLER);
});
afterAll(async () => {
  await browser?.close();
});

describe('a seller', () => {
  it('checks a price list by a dry run, sees the bad row refused in Russian, applies the rest and sees the new price', async () => {
    const newPrice = offer.priceMinor + 123;
    const roubles = `${Math.floor(newPrice / 100)},${String(newPrice % 100).padStart(2, '0')}`;
    const csv = `Артикул;Цена\n${SKU};${roubles}\nTT-BRK-0031;дорого\n`;

    await page.goto(`${baseUrl()}/seller/price-lists`);
    await page.getByRole('heading', { name: 'Прайс-лист', level: 1 }).waitFor();
    await page
      .getByLabel('Файл прайс-листа')
      .setInputFiles({ name: 'prices.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Проверить файл' }).click();

    const refused = page.getByRole('table', { name: 'Отклонённые строки' });
    await refused
      .getByRole('cell', { name: 'Цена указана неверно: нужна сумма в рублях, например 1 234,50' })
      .waitFor();
    await expect.poll(() => refused.getByRole('row').count()).toBe(2);
    await expect.poll(() => refused.getByRole('cell').first().textContent()).toBe('3');
    await page.getByText('Строки с ошибками будут пропущены, остальные — применены.').waitFor();
    // A dry run changes nothing.
    expect((await seller.get<{ priceMinor: number }>(`/api/v1/catalog/offers/${offer.id}`)).priceMinor).toBe(
      offer.priceMinor,
    );

    await page.getByRole('button', { name: 'Применить' }).click();
    await page.getByText('Прайс-лист применён.').waitFor();
    await page.getByRole('link', { name: 'К товарам и ценам' }).click();
    await page.getByRole('heading', { name: 'Товары и цены', level: 1 }).waitFor();

    await page.goto(`${baseUrl()}/seller/offers/${offer.id}`);
    await page.getByText(`${rubles(newPrice)} / мешок`).waitFor();
    expect((await seller.get<{ priceMinor: number }>(`/api/v1/catalog/offers/${offer.id}`)).priceMinor).toBe(newPrice);
  });

  it('moves a paid pickup order through the next-status buttons to handed over', async () => {
    const customer = await apiAs(CUSTOMER);
    await customer.del('/api/v1/orders/cart');
    await customer.post('/api/v1/orders/cart/items', { offerId: offer.id, quantity: offer.minQty });
    const order = await once<{ id: string; subOrders: Array<{ id: string; number: string }> }>(
      customer,
      '/api/v1/orders/checkout',
      { delivery: { method: 'pickup' }, paymentMethod: 'card' },
    );
    const payment = await once<{ status: string }>(customer, `/api/v1/orders/${order.id}/payments`, {
      method: 'card',
      card: CARD,
    });
    expect(payment.status).toBe('succeeded');
    const sub = order.subOrders[0]!;

    await page.goto(`${baseUrl()}/seller/orders`);
    await page.getByRole('link', { name: `№ ${sub.number}` }).click();
    await page.getByRole('heading', { name: `Заказ № ${sub.number}` }).waitFor();
    const status = page.getByTestId('sub-order-status');
    await expect.poll(() => status.textContent()).toBe('Оплачен');
    await page.getByText('Самовывоз', { exact: true }).waitFor();

    for (const [button, shown] of [
      ['Подтвердить заказ', 'Подтверждён'],
      ['Начать сборку', 'Собирается'],
      ['Собран, готов к выдаче', 'Готов к выдаче'],
      ['Выдать покупателю', 'Выдан покупателю'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => status.textContent()).toBe(shown);
    }
    await page.getByRole('button', { name: 'Завершить' }).waitFor();
    const handed = await seller.get<{ items: Array<{ id: string }> }>('/api/v1/orders/sub-orders?status=picked_up');
    expect(handed.items.map((s) => s.id)).toContain(sub.id);
  });
});
