/**
 * The customer's journey: search → product → cart → a delivery point on the map → checkout with
 * delivery → card payment through the test 3-D Secure step → the order paid; then, with the
 * seller's and the carrier's steps arranged through the API, the customer awards the carrier's bid
 * and watches the truck live while the carrier's own browser (a second context with geolocation)
 * sends its positions. And a company customer gets an invoice and downloads its PDF.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api as apiAs, baseUrl, loginAs, openBrowser } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the truck is on the customer's map ("lat,lon"), as the tracking panel exposes it. */
const truckAt = (page: Page) => page.getByTestId('tracking-map').getAttribute('data-truck');

/** Finds the red Braer brick and adds СтройБаза's offer (its Moscow warehouse delivers) to the cart. */
async function searchAndAdd(page: Page, query: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel('Что ищем').fill(query);
  await page.getByRole('button', { name: 'Найти', exact: true }).click();
  await page
    .getByRole('link', { name: /Кирпич керамический облицовочный Braer 1НФ М150 пустотелый, красный/ })
    .first()
    .click();
  await page
    .getByRole('article', { name: 'Предложение ООО «СтройБаза»' })
    .getByRole('button', { name: 'В корзину' })
    .click();
  await page.getByText('Добавлено в корзину').waitFor();
}

describe('the customer', () => {
  it('buys with delivery, pays through 3-D Secure and tracks the truck live', async () => {
    const customerApi = await apiAs('ivan.petrov@tutuu.demo');
    await customerApi.del('/api/v1/orders/cart');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await loginAs(page, 'ivan.petrov@tutuu.demo');
    await searchAndAdd(page, 'кирпич braer красный');

    await page.getByRole('link', { name: 'Перейти в корзину' }).click();
    await page.getByRole('heading', { name: 'Корзина', level: 1 }).waitFor();
    await page.getByLabel('Адрес доставки').fill('Москва, Ленинский проспект, 30');
    // A click on the map picks the point: the middle of the map, around the centre of Moscow.
    const map = page.getByRole('application', { name: /Точка доставки/ });
    await map.click();
    await page.getByText(/^Точка: 55\./).waitFor();
    await page.getByRole('button', { name: 'Сохранить адрес и посчитать доставку' }).click();
    await page.getByTestId('cart-address').getByText('Москва, Ленинский проспект, 30').waitFor();
    await page
      .getByRole('list', { name: 'Доставка' })
      .getByText(/доставка [\d\s\u00a0,]+₽/)
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Оформить заказ' }).click();
    await page.getByRole('heading', { name: 'Оформление заказа' }).waitFor();
    await page.getByLabel('Доставка', { exact: true }).check();
    await page.getByRole('button', { name: 'Оформить и перейти к оплате' }).click();
    await page.getByLabel('Номер карты').fill('4000 0000 0000 3220');
    await page.getByLabel('Срок (ММ/ГГ)').fill('12/30');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: /^Оплатить/ }).click();
    await page.getByRole('heading', { name: 'Подтверждение 3-D Secure' }).waitFor();
    await page.getByRole('button', { name: 'Подтвердить оплату' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    await page.getByTestId('order-status').getByText('оплачен').waitFor();
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const paid = await customerApi.get(`/api/v1/orders/${orderId}`);
    expect(paid.status).toBe('paid');
    expect(paid.deliveryMethod).toBe('delivery');

    // The seller gets the part ready: its delivery job goes out to carriers.
    const seller = await apiAs('sales@strojbaza.demo');
    const sub = paid.subOrders[0];
    for (const to of ['confirmed', 'assembling', 'ready'])
      await seller.post(`/api/v1/orders/sub-orders/${sub.id}/transition`, { to });
    let jobId: string | null = null;
    // Logistics posts the job from the outbox, just after the part's commit.
    while (!jobId) {
      jobId = (await customerApi.get(`/api/v1/orders/${orderId}`)).subOrders[0].deliveryJobId;
      if (!jobId) await new Promise((r) => setTimeout(r, 100));
    }

    // The carrier bids with a vehicle that fits; the customer awards it on the order page.
    const carrier = await apiAs('dispatch@gruzexpress.demo');
    const job = await carrier.get(`/api/v1/logistics/jobs/${jobId}`);
    const fits = new Set(job.load.bodies.map((b: { bodyType: string }) => b.bodyType));
    const vehicle = (await carrier.get('/api/v1/logistics/vehicles')).items.find(
      (v: { bodyType: string; payloadKg: number }) => fits.has(v.bodyType) && v.payloadKg >= job.load.weightKg,
    );
    await carrier.post(`/api/v1/logistics/jobs/${jobId}/bids`, {
      vehicleId: vehicle.id,
      priceMinor: job.guidePriceMinor - 10_000,
      pickupAt: job.window.from,
    });
    await page.reload();
    await page.getByRole('button', { name: 'Выбрать' }).click();
    await page.getByText('ставка выбрана, ждём подтверждения').waitFor();

    // The carrier confirms and sets off.
    const { deliveryId } = await carrier.post(`/api/v1/logistics/jobs/${jobId}/confirm`);
    await carrier.post(`/api/v1/logistics/deliveries/${deliveryId}/status`, { status: 'en_route_to_pickup' });

    // The customer watches; the carrier's browser shares its location from another context.
    await page.goto(`${baseUrl()}/orders/${orderId}/deliveries/${deliveryId}`);
    await page.getByText('в реальном времени').waitFor();
    await page.getByTestId('delivery-status').getByText('едет на склад').waitFor();
    expect(await page.getByTestId('delivery-eta').innerText()).toBe('ждём данные от машины');

    const start = { latitude: 55.62, longitude: 37.6 };
    const carrierContext = await browser.newContext({
      viewport: { width: 375, height: 800 },
      geolocation: start,
      permissions: ['geolocation'],
    });
    const carrierPage = await carrierContext.newPage();
    await loginAs(carrierPage, 'dispatch@gruzexpress.demo');
    await carrierPage.goto(`${baseUrl()}/carrier/deliveries/${deliveryId}`);
    await carrierPage.getByRole('switch', { name: 'Отправлять моё местоположение' }).check();
    await carrierPage
      .getByTestId('positions-sent')
      .getByText(/Отправлено точек: 1\b/)
      .waitFor();

    await page.waitForFunction(() => document.querySelector('[data-testid=tracking-map]')?.getAttribute('data-truck'));
    expect(await truckAt(page)).toBe('55.62,37.6');
    await page
      .getByTestId('delivery-eta')
      .getByText(/^≈ \d\d:\d\d/)
      .waitFor();
    await page.getByTestId('delivery-remaining').getByText(/км|м$/).waitFor();

    // About 11 cm north at a time: however quickly the test sends the next fix, the move stays
    // below the 200 km/h a fix is flagged implausible at (3 m could be sent 50 ms apart: 240 km/h).
    for (const [i, lat] of [55.620001, 55.620002].entries()) {
      await carrierContext.setGeolocation({ latitude: lat, longitude: start.longitude });
      await carrierPage
        .getByTestId('positions-sent')
        .getByText(`Отправлено точек: ${i + 2}`)
        .waitFor();
      await page.waitForFunction(
        (want) => document.querySelector('[data-testid=tracking-map]')?.getAttribute('data-truck') === want,
        `${lat},37.6`,
      );
    }
    expect(await truckAt(page)).toBe('55.620002,37.6');

    // A status the carrier reports reaches the customer's open page too.
    await carrier.post(`/api/v1/logistics/deliveries/${deliveryId}/status`, { status: 'loaded' });
    await page.getByTestId('delivery-status').getByText('загружен').waitFor();

    await carrierContext.close();
    await context.close();
  });

  it('as a company, gets an invoice and downloads its PDF', async () => {
    const company = await apiAs('zakupki@remstroy.demo');
    await company.del('/api/v1/orders/cart');
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await loginAs(page, 'zakupki@remstroy.demo');
    await searchAndAdd(page, 'кирпич braer красный');
    await page.goto(`${baseUrl()}/checkout`);
    await page.getByLabel('Самовывоз со склада продавца').check();
    await page.getByLabel(/По счёту на ООО «РемСтрой»/).check();
    await page.getByRole('button', { name: 'Оформить и получить счёт' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    await page.getByTestId('order-status').getByText('ожидает оплаты').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать счёт (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Счёт .+\.pdf$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');

    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const res = await fetch(`${baseUrl()}/api/v1/orders/${orderId}/invoice.pdf`, {
      headers: { authorization: `Bearer ${company.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/pdf/);
    await context.close();
  });
});
