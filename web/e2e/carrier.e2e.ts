/**
 * The carrier's journey: a delivery job (arranged through the API: a customer pays, the seller
 * readies the part) found on the board, bid on, awarded by the customer, confirmed, driven through
 * every status with the browser's position sent, the proof photo uploaded, and delivered.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postedDeliveryJob, demoOfferId, type PostedJob } from './carrier-arrange.js';
import { api as apiAs, baseUrl, loginAs, openBrowser } from './harness.js';

const CARRIER = 'dispatch@gruzexpress.demo';
/** Near the carrier's base in Vidnoye; each move is a few metres, so no fix looks implausibly fast. */
const START = { latitude: 55.56, longitude: 37.7 };
const moved = (metres: number) => ({ latitude: START.latitude + metres / 111_000, longitude: START.longitude });
/** A 1×1 PNG: the proof photo. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let job: PostedJob;

beforeAll(async () => {
  job = await postedDeliveryJob(await demoOfferId(), '10');
  browser = await openBrowser();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    geolocation: START,
    permissions: ['geolocation'],
  });
  page = await context.newPage();
  await loginAs(page, CARRIER);
});
afterAll(async () => {
  await browser?.close();
});

describe('a carrier', () => {
  it('finds the job on the board and bids under the guide price', async () => {
    await page.goto(`${baseUrl()}/carrier`);
    await page.getByRole('heading', { name: 'Заявки на перевозку' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: job.orderNumber });
    const rows = page.getByRole('row');
    // The board pages by cursor: show more until the job's row is there.
    for (;;) {
      await rows.nth(1).waitFor();
      if (await row.count()) break;
      const before = await rows.count();
      await page.getByRole('button', { name: 'Показать ещё' }).click();
      await expect.poll(() => rows.count()).toBeGreaterThan(before);
    }
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: `Заявка по заказу ${job.orderNumber}` }).waitFor();

    // Above the guide price: refused before it is sent, in Russian.
    await page.getByLabel('Ваша цена, ₽').fill(String(job.guidePriceMinor / 100 + 1000));
    await page.getByRole('button', { name: 'Предложить цену' }).click();
    await page.getByText('Не выше ориентира').waitFor();

    const price = job.guidePriceMinor / 100 - 100;
    await page.getByLabel('Ваша цена, ₽').fill(String(price));
    await page.getByRole('button', { name: 'Предложить цену' }).click();
    await page.getByText('принята').waitFor();
    await expect.poll(() => page.getByTestId('lowest-bid').textContent()).toMatch(/\d/);
    await page.getByRole('cell', { name: 'действует' }).waitFor();
  });

  it('confirms the award the customer gave', async () => {
    const bids = await (
      await apiAs(CARRIER)
    ).get<{ items: Array<{ id: string; jobId: string; status: string }> }>('/api/v1/logistics/me/bids?status=active');
    const bid = bids.items.find((b) => b.jobId === job.jobId)!;
    const awarded = await job.customer.post<{ status: string }>(`/api/v1/logistics/jobs/${job.jobId}/award`, {
      bidId: bid.id,
    });
    expect(awarded.status).toBe('awarded');

    await page.goto(`${baseUrl()}/carrier/bids`);
    await page.getByRole('heading', { name: `Вы выиграли заявку по заказу ${job.orderNumber}` }).waitFor();
    await page.getByRole('button', { name: 'Подтвердить заказ' }).click();
    await page.getByRole('heading', { name: `Доставка заказа ${job.orderNumber}` }).waitFor();
    await page.getByText('назначена').first().waitFor();
  });

  it('drives it through each status with its position sent, and delivers it with a photo', async () => {
    const deliveryId = new URL(page.url()).pathname.split('/').pop()!;
    const statusNow = async () =>
      (await job.customer.get<{ status: string }>(`/api/v1/logistics/deliveries/${deliveryId}`)).status;
    /**
     * The step's button moves the delivery on the server, and the page then shows the new status.
     * A click lost while the page re-renders (positions arriving) is given once more; a refused
     * move shows an alert and fails here with its text.
     */
    const step = async (button: string, status: string, text: string) => {
      for (let attempt = 0; attempt < 2 && (await statusNow()) !== status; attempt++) {
        await page.getByRole('button', { name: button }).click();
        await expect
          .poll(statusNow, { timeout: 10_000 })
          .toBe(status)
          .catch(async () => {
            const alert = page.getByRole('alert');
            if (await alert.count()) throw new Error(`«${button}» refused: ${await alert.first().innerText()}`);
          });
      }
      expect(await statusNow()).toBe(status);
      await page.getByText(text, { exact: true }).waitFor();
    };
    await page.getByRole('switch', { name: 'Отправлять моё местоположение' }).check();
    await page.getByText(/Отправлено точек: [1-9]/).waitFor();

    await step('Еду на погрузку', 'en_route_to_pickup', 'еду на погрузку');
    await context.setGeolocation(moved(2));
    await page.getByText(/Отправлено точек: ([2-9]|\d\d)/).waitFor();

    await step('Загружено', 'loaded', 'загружено');
    // Offline the fix waits in memory, and goes once the network is back.
    await context.setOffline(true);
    await context.setGeolocation(moved(3));
    await page.getByText(/ждут отправки: 1/).waitFor();
    await context.setOffline(false);
    await page.getByText(/Отправлено точек: ([3-9]|\d\d)/).waitFor();
    await step('В пути', 'in_transit', 'в пути');
    await context.setGeolocation(moved(4));
    await page.getByText(/Отправлено точек: ([4-9]|\d\d)/).waitFor();

    await page
      .getByLabel('Фото переданного груза')
      .setInputFiles({ name: 'proof.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Загрузить фото' }).click();
    await page.getByText('Фото переданного груза приложено.').waitFor();

    await page.getByLabel('Кто принял груз').fill('Иван Петров');
    await page.getByRole('button', { name: 'Доставлено' }).click();
    await page.getByText('доставлено', { exact: true }).waitFor();
    await page.getByText('Доставка завершена: местоположение больше не передаётся.').waitFor();

    // Every fix the page counted was answered 201; the last one is where the truck is now.
    const seen = await job.customer.get<{
      status: string;
      recipientName: string;
      lastPosition: { lat: number; lon: number } | null;
    }>(`/api/v1/logistics/deliveries/${deliveryId}`);
    expect(seen).toMatchObject({ status: 'delivered', recipientName: 'Иван Петров' });
    expect(seen.lastPosition?.lat).toBeCloseTo(moved(4).latitude, 6);
    const replay = await job.customer.get<{ points: unknown[] }>(`/api/v1/logistics/deliveries/${deliveryId}/replay`);
    expect(replay.points.length).toBeGreaterThanOrEqual(2);
    const photo = await fetch(`${baseUrl()}/api/v1/logistics/deliveries/${deliveryId}/proof-photo`, {
      headers: { authorization: `Bearer ${job.customer.token}` },
    });
    expect(photo.status).toBe(200);
  });
});
