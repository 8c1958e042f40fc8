/// <reference lib="dom" />
/**
 * `npm run screenshots`: the main screens of each role at 1280×900 and 375×812 as PNGs in
 * docs/screenshots/<name>-<width>.png, from a real server with the demo data (web/e2e/server.ts).
 * A screen whose route the client does not have yet (the «Страница не найдена» page) is skipped
 * and named in the output.
 */
import { mkdirSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { api, baseUrl, loginAs, openBrowser, screenshot, useBaseUrl } from './browser.js';
import { startServer } from './server.js';

const OUT = process.env.SCREENSHOTS_DIR ?? 'docs/screenshots';
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];
// Past this a screen is shot again at a lower pixel density, to keep the repository small.
const MAX_BYTES = 200_000;

const CUSTOMER = 'ivan.petrov@tutuu.demo';
const SELLER = 'sales@strojbaza.demo';
const CARRIER = 'dispatch@gruzexpress.demo';
// The demo seed puts Соколов's truck on the road with the first customer's order.
const DRIVER = 'sokolov@tutuu.demo';
const ADMIN = 'admin@tutuu.demo';

/** A path, or how to find it: a link on another page whose href matches. */
type Where = string | ((page: Page) => Promise<string | null>);
interface Screen {
  name: string;
  where: Where;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Waits until the page's data has arrived: the network is quiet and no spinner turns. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .locator('.spinner')
    .first()
    .waitFor({ state: 'hidden', timeout: 15_000 })
    .catch(() => undefined);
}

async function hrefs(page: Page, path: string, pattern: RegExp): Promise<string[]> {
  await page.goto(`${baseUrl()}${path}`);
  await settle(page);
  const all = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(all.filter((h) => pattern.test(h)))];
}

const firstLink =
  (path: string, pattern: RegExp): Where =>
  async (page) =>
    (await hrefs(page, path, pattern))[0] ?? null;

/** The customer's first order part on the road: its tracking page. */
const tracking: Where = async (page) => {
  for (const order of await hrefs(page, '/orders', /^\/orders\/[^/?]+$/)) {
    const found = (await hrefs(page, order, /^\/orders\/[^/]+\/deliveries\/[^/?]+$/))[0];
    if (found) return found;
  }
  return null;
};

const ROLES: { email: string | null; screens: Screen[] }[] = [
  {
    email: null,
    screens: [
      { name: 'catalogue', where: '/' },
      { name: 'product', where: firstLink('/', /^\/products\/[^/?]+/) },
      { name: 'estimate', where: '/estimate' },
    ],
  },
  {
    email: CUSTOMER,
    screens: [
      { name: 'cart', where: '/cart' },
      { name: 'checkout', where: '/checkout' },
      { name: 'order', where: firstLink('/orders', /^\/orders\/[^/?]+$/) },
      { name: 'order-tracking', where: tracking },
    ],
  },
  {
    email: SELLER,
    screens: [
      { name: 'seller-dashboard', where: '/seller' },
      { name: 'seller-price-list', where: '/seller/price-lists' },
    ],
  },
  {
    email: CARRIER,
    screens: [{ name: 'carrier-job-board', where: '/carrier' }],
  },
  {
    email: DRIVER,
    screens: [{ name: 'carrier-delivery', where: firstLink('/carrier/deliveries', /^\/carrier\/deliveries\/[^/?]+$/) }],
  },
  { email: ADMIN, screens: [{ name: 'admin-approvals', where: '/admin' }] },
];

/** Two products in the customer's cart, so the cart and the checkout show something real. */
async function fillCart(): Promise<void> {
  const customer = await api(CUSTOMER);
  const found = await customer.get('/api/v1/catalog/products?limit=20');
  const products = (found.items as { id: string; bestOffer: { inStock: boolean } | null }[]).filter(
    (p) => p.bestOffer?.inStock,
  );
  for (const product of products.slice(0, 2)) {
    const detail = await customer.get(`/api/v1/catalog/products/${product.id}`);
    const offer = (detail.offers as { id: string; minQty: string; inStock: boolean }[]).find((o) => o.inStock);
    if (offer) await customer.post('/api/v1/orders/cart/items', { offerId: offer.id, quantity: offer.minQty });
  }
}

async function shoot(browser: Browser, email: string | null, screen: Screen): Promise<string[]> {
  const written: string[] = [];
  for (const viewport of WIDTHS) {
    for (const scale of [1, 0.75]) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: scale, colorScheme: 'light' });
      const page = await context.newPage();
      try {
        if (email) await loginAs(page, email);
        const path = typeof screen.where === 'string' ? screen.where : await screen.where(page);
        if (!path) {
          log(`skipped ${screen.name}: nothing to show it with (no link found)`);
          return written;
        }
        await page.goto(`${baseUrl()}${path}`);
        await settle(page);
        if (await page.getByRole('heading', { name: 'Страница не найдена' }).count()) {
          log(`skipped ${screen.name}: ${path} answers the «Страница не найдена» page`);
          return written;
        }
        const file = await screenshot(page, `${screen.name}-${viewport.width}`, OUT);
        if (statSync(file).size <= MAX_BYTES || scale < 1) {
          log(`${file} (${path}, ${Math.round(statSync(file).size / 1024)} kB)`);
          written.push(file);
          break;
        }
      } finally {
        await context.close();
      }
    }
  }
  return written;
}

/** A 10-digit ИНН of a company with its check digit (src/shared/inn.ts checks it). */
function companyInn(seed: number): string {
  const head = String(770000000 + (seed % 99_999)).padStart(9, '0');
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((s, w, i) => s + w * Number(head[i]), 0);
  return head + String((sum % 11) % 10);
}

/** A seller waiting for approval, so the admin's queue shows what it is for. */
async function pendingSeller(): Promise<void> {
  const res = await fetch(`${baseUrl()}/api/v1/users/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      role: 'seller',
      email: 'info@lesotorg.example',
      password: 'Лесоторг-2026-склад',
      name: 'Мария Лесникова',
      company: {
        name: 'ООО «ЛесоТорг»',
        inn: companyInn(4242),
        kpp: '773101001',
        address: 'Москва, Рябиновая ул., 41',
      },
    }),
  });
  if (!res.ok) log(`pending seller not registered: ${res.status} ${await res.text()}`);
}

const server = await startServer();
let browser: Browser | undefined;
try {
  useBaseUrl(server.baseUrl);
  mkdirSync(OUT, { recursive: true });
  await fillCart();
  await pendingSeller();
  browser = await openBrowser();
  const written: string[] = [];
  for (const role of ROLES) {
    for (const screen of role.screens) written.push(...(await shoot(browser, role.email, screen)));
  }
  log(`${written.length} screenshots in ${OUT}`);
} finally {
  await browser?.close();
  await server.stop();
}
