/**
 * Anyone's journey: search the catalogue with a filter and a sort, open a product and see its
 * offers and price chart (and «В корзину» sending an anonymous visitor to log in), then price an
 * estimate from a template and see its total — at desktop and phone widths.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openBrowser } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Digits only: money and counts are compared without the locale's spaces and signs. */
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');
const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

async function anonymousGet<T>(path: string): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

interface Found {
  total: number;
  items: { id: string; name: string; bestOffer: { priceMinor: number; sellerName: string } }[];
}

for (const width of [1280, 375]) {
  describe(`anyone at ${width} px`, () => {
    it('searches with a filter and a sort, then opens a product with its offers and chart', async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${baseUrl()}/`);
      await page.getByLabel('Что ищем').fill('газобетон');
      await page.getByRole('button', { name: 'Найти', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === 'газобетон');

      // On a phone the filters fold away behind a button.
      const toggle = page
        .getByRole('complementary', { name: 'Фильтры' })
        .getByRole('button', { name: /^Показать фильтры/ });
      if (await toggle.isVisible()) await toggle.click();
      // The box follows the URL (a navigation): click, then wait for the URL rather than the box.
      const inStock = page.getByLabel('Только в наличии');
      await inStock.click();
      await page.waitForURL((url) => url.searchParams.get('inStock') === 'true');
      // The sort is chosen at once, before the page has re-rendered from the new URL: a change
      // must start from the URL as it is, or it drops the box (failed CI once, total without it).
      await page.getByLabel('Сортировка').selectOption('price_asc');
      await page.waitForURL(
        (url) => url.searchParams.get('sort') === 'price_asc' && url.searchParams.get('inStock') === 'true',
      );
      await expect.poll(() => inStock.isChecked()).toBe(true);

      const expected = await anonymousGet<Found>(
        `/api/v1/catalog/products?q=${encodeURIComponent('газобетон')}&inStock=true&sort=price_asc&limit=24`,
      );
      expect(expected.total).toBeGreaterThan(1);
      const heading = page.getByRole('heading', { name: /^Найдено/ });
      await expect
        .poll(async () => digits(await heading.textContent()), { timeout: 30_000 })
        .toBe(String(expected.total));
      // The cheapest comes first, with its price as the card shows it.
      const firstCard = page.locator('.product-card').first();
      await firstCard.getByRole('link', { name: expected.items[0]!.name }).waitFor();
      expect(digits(await firstCard.locator('.big').textContent())).toBe(
        String(expected.items[0]!.bestOffer.priceMinor),
      );
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      // The back button returns to the unsorted search: the state lives in the URL.
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('sort') === null);
      await page.goForward();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'price_asc');

      await page.getByRole('link', { name: expected.items[0]!.name }).first().click();
      await page.getByRole('heading', { level: 1, name: expected.items[0]!.name }).waitFor();
      const offer = page.getByRole('article', { name: `Предложение ${expected.items[0]!.bestOffer.sellerName}` });
      await offer.waitFor();
      await page.getByRole('img', { name: 'История цены и прогноз' }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      // Anonymous: «В корзину» asks to log in and comes back here after.
      const productPath = new URL(page.url()).pathname;
      await offer.getByRole('button', { name: 'В корзину' }).click();
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === productPath);
      await page.close();
    });

    it('prices an estimate from a template as the inputs are typed', async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${baseUrl()}/estimate`);
      await page.getByRole('heading', { level: 1, name: 'Калькулятор сметы' }).waitFor();
      const job = page.getByRole('region', { name: /^Работа 1:/ });
      await job.getByLabel('Длина стены, м').fill('abc');
      await job.getByText('Введите число, например 12,5').waitFor();
      await job.getByLabel('Длина стены, м').fill('10,5');
      await job.getByLabel('Высота стены, м').fill('3');

      const templates = await anonymousGet<{ items: { id: string }[] }>('/api/v1/insights/estimate-templates');
      const res = await fetch(`${baseUrl()}/api/v1/insights/estimates/calculate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          jobs: [{ template: templates.items[0]!.id, inputs: { lengthM: 10.5, heightM: 3 } }],
          pricing: { strategy: 'cheapest' },
        }),
      });
      const estimate = (await res.json()) as { totals: { totalMinor: number } };
      expect(estimate.totals.totalMinor).toBeGreaterThan(0);
      await expect
        .poll(async () => digits(await page.getByTestId('estimate-total').textContent()), { timeout: 30_000 })
        .toBe(String(estimate.totals.totalMinor));
      await page.getByRole('table').first().getByRole('link').first().waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    });
  });
}
