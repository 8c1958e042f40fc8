/**
 * The admin's journey: a seller registers in the browser and waits for approval; the admin finds
 * it in the approvals queue by its ИНН and approves it; the seller's cabinet stops saying it
 * waits. Then the admin suspends and reinstates an account and reads both in its audit trail.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, loginAs, openBrowser } from './harness.js';

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A company ИНН: nine digits and the ФНС check digit (src/shared/inn.ts). */
export function companyInn(nine: string): string {
  const digits = [...nine].map(Number);
  const check = (W10.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11) % 10;
  return `${nine}${check}`;
}

let browser: Browser;
let page: Page;
// Unique per run, so the journey can run again on the same database.
const stamp = String(Date.now()).slice(-7);
const inn = companyInn(`77${stamp}`);
const company = `ООО «Проверка ${stamp}»`;
const email = `seller-${stamp}@e2e.tutuu.test`;
const password = 'Kirpich-Zavod-2026';

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

async function logout() {
  await page.getByRole('button', { name: 'Выйти' }).click();
  await page.getByRole('link', { name: 'Войти' }).first().waitFor();
}

describe('admin journey', () => {
  it('computes a valid ИНН check digit', () => {
    expect(companyInn('770708389')).toBe('7707083893'); // Сбербанк
  });

  it('a new seller registers and is told it waits for approval', async () => {
    await page.goto(`${baseUrl()}/register`);
    await page.getByRole('radio', { name: /Продаю материалы/ }).check();
    await page.getByLabel('Имя и фамилия').fill('Пётр Проверкин');
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(password);
    await page.getByRole('textbox', { name: 'Название', exact: true }).fill(company);
    await page.getByRole('textbox', { name: 'ИНН', exact: true }).fill(inn);
    await page.getByRole('textbox', { name: 'КПП', exact: true }).fill('770101001');
    await page.getByRole('textbox', { name: 'Адрес', exact: true }).fill('г. Москва, ул. Строителей, д. 1');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/seller'));
    await page.getByText('ждёт проверки администратором').waitFor();
    await logout();
  });

  it('the admin finds the seller by its ИНН in the approvals queue and approves it', async () => {
    await loginAs(page, 'admin@tutuu.demo');
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Заявки на допуск' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: inn });
    await row.waitFor();
    expect(await row.textContent()).toContain(company);
    await row.getByRole('button', { name: `Допустить ${company}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${company} допущен к работе` })
      .waitFor();
    await row.waitFor({ state: 'detached' });

    const admin = await api('admin@tutuu.demo');
    const found = await admin.get(`/api/v1/users?q=${inn}`);
    expect(found.items).toHaveLength(1);
    expect(found.items[0].status).toBe('approved');
    await logout();
  });

  it('the approved seller’s cabinet no longer says it waits', async () => {
    await loginAs(page, email, password);
    await page.waitForURL((url) => url.pathname.startsWith('/seller'));
    // The dashboard and the pending notice render together, from the signed-in user's status.
    await page.getByRole('heading', { level: 1, name: 'Сводка' }).waitFor();
    expect(await page.getByText('ждёт проверки администратором').count()).toBe(0);
    await logout();
  });

  it('the admin suspends and reinstates the seller and reads both in the audit trail', async () => {
    await loginAs(page, 'admin@tutuu.demo');
    await page.goto(`${baseUrl()}/admin/users?q=${inn}`);
    await page.getByRole('link', { name: 'Пётр Проверкин' }).click();
    await page.getByRole('heading', { level: 1, name: company }).waitFor();

    // The reason is required: without one the form says so and nothing is sent.
    await page.getByRole('button', { name: 'Заблокировать' }).click();
    await page.getByText('Укажите причину блокировки').waitFor();

    const reason = 'Покупатели жалуются на недовоз';
    await page.getByLabel('Причина блокировки').fill(reason);
    await page.getByRole('button', { name: 'Заблокировать' }).click();
    await page.getByRole('button', { name: 'Разблокировать' }).waitFor();
    const trail = page.getByTestId('audit-trail');
    const suspended = trail.getByRole('row').filter({ hasText: 'заблокирован' }).filter({ hasText: reason });
    await suspended.waitFor();
    expect(await suspended.textContent()).toContain('Администратор TUTUU');
    await page.getByRole('button', { name: 'Отменить открытые заказы' }).waitFor();

    await page.getByLabel('Комментарий к разблокировке').fill('Претензии сняты');
    await page.getByRole('button', { name: 'Разблокировать' }).click();
    await page.getByRole('button', { name: 'Заблокировать' }).waitFor();
    await trail.getByRole('row').filter({ hasText: 'разблокирован' }).filter({ hasText: 'Претензии сняты' }).waitFor();

    const admin = await api('admin@tutuu.demo');
    const [user] = (await admin.get(`/api/v1/users?q=${inn}`)).items;
    expect(user.status).toBe('approved');
    const audit = await admin.get(`/api/v1/users/${user.id}/audit`);
    expect(audit.items.map((e: { action: string }) => e.action).slice(0, 2)).toEqual(['reinstated', 'suspended']);
  });
});
