/// <reference lib="dom" />
// page.evaluate callbacks run in the page, with its DOM.
/**
 * The harness and the shell: the catalogue page at desktop and phone widths, the theme, each
 * role's login landing in its cabinet, the Russian login error, and the offline app shell.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, loginAs, openBrowser } from './harness.js';

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

describe('the shell', () => {
  for (const width of [1280, 375]) {
    it(`shows the catalogue page at ${width} px without horizontal scrolling`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('banner').waitFor();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.title()).toContain('TUTUU');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('switches between the light and the dark theme', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${baseUrl()}/`);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    await page.getByRole('button', { name: 'Тёмная тема' }).click();
    await page.getByRole('button', { name: 'Светлая тема' }).waitFor();
    expect(await theme()).toBe('dark');
    await page.getByRole('button', { name: 'Светлая тема' }).click();
    await page.getByRole('button', { name: 'Тёмная тема' }).waitFor();
    expect(await theme()).toBe('light');
    await page.close();
  });
});

describe('logging in', () => {
  const cabinets = [
    { email: 'ivan.petrov@tutuu.demo', path: '/' },
    { email: 'sales@strojbaza.demo', path: '/seller' },
    { email: 'dispatch@gruzexpress.demo', path: '/carrier' },
    { email: 'admin@tutuu.demo', path: '/admin' },
  ];
  for (const { email, path } of cabinets) {
    it(`takes ${email} to ${path}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await loginAs(page, email);
      expect(new URL(page.url()).pathname).toBe(path);
      const header = page.getByRole('banner');
      await header.locator('a[href="/account"]').waitFor();
      await header.getByRole('button', { name: 'Выйти' }).waitFor();
      await context.close();
    });
  }

  it('says in Russian that the password is wrong', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('Электронная почта').fill('ivan.petrov@tutuu.demo');
    await page.getByLabel('Пароль').fill('not-the-password');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByText('Неверная почта или пароль.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });
});

describe('the installable app', () => {
  it('keeps the app shell for offline use and never caches API answers', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Logged in, so the pages call the API with personal data the worker must leave alone.
    await loginAs(page, 'ivan.petrov@tutuu.demo');
    // A worker whose install fails (a shell file missing) never becomes ready: say so, do not hang.
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((done) => setTimeout(() => done(false), 30_000)),
      ]),
    );
    expect(ready, 'the service worker is installed and active').toBe(true);
    // Once the worker controls the page, the reload's scripts and styles pass through it.
    await page.reload();
    await page.getByRole('banner').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page
      .getByRole('banner')
      .or(page.getByRole('heading', { name: 'Нет подключения к интернету' }))
      .first()
      .waitFor();
    await context.setOffline(false);

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached).toContain('/');
    expect(cached.filter((p) => p.startsWith('/api/'))).toEqual([]);
    await context.close();
  });
});
