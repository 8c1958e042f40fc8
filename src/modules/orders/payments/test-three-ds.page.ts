/**
 * The test provider's 3-D Secure pages: plain HTML with inline styles and two POST forms, no
 * script and no external asset, so they work under the app's CSP (`script-src 'self'`).
 */
import { formatRub } from '../../../shared/money/format-rub.js';
import type { UnpayableReason } from './card-payments.errors.js';
import type { ThreeDsPaymentView } from './test-card-provider.js';
import type { ThreeDsPageView } from './test-three-ds.service.js';

const BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', mir: 'МИР', unknown: 'Карта' };

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; background: #f3f4f6; margin: 0; color: #111827; }
  main { max-width: 420px; margin: 10vh auto; background: #fff; border-radius: 12px; padding: 28px;
         box-shadow: 0 4px 24px rgb(0 0 0 / 8%); }
  h1 { font-size: 20px; margin: 0 0 4px; }
  .note { color: #6b7280; font-size: 14px; margin: 0 0 20px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 6px 16px; margin: 0 0 24px; }
  dt { color: #6b7280; } dd { margin: 0; font-weight: 600; }
  .buttons { display: flex; gap: 12px; } form { flex: 1; }
  button { width: 100%; padding: 12px; border: 0; border-radius: 8px; font-size: 16px; cursor: pointer; }
  .ok { background: #16a34a; color: #fff; } .no { background: #e5e7eb; color: #111827; }
  .result { font-size: 18px; font-weight: 600; }
  .succeeded { color: #16a34a; } .failed, .expired, .cancelled, .refused { color: #dc2626; }`;

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>
`;
}

function details(p: ThreeDsPaymentView): string {
  const card = `${BRANDS[p.card.brand] ?? BRANDS.unknown} •••• ${p.card.last4}`;
  return `<dl>
  <dt>Сумма</dt><dd>${escapeHtml(formatRub(p.amountMinor))} ₽</dd>
  <dt>Карта</dt><dd>${escapeHtml(card)}</dd>
  <dt>Назначение</dt><dd>${escapeHtml(p.description)}</dd>
</dl>`;
}

const OUTCOME_TEXT = {
  succeeded: 'Платёж подтверждён',
  failed: 'Платёж отклонён',
  expired: 'Время на подтверждение истекло',
  cancelled: 'Платёж отменён, деньги не списаны',
} as const;

/** Why a challenge still open can no longer be confirmed (docs/domain.md, Payments). */
const REFUSAL_TEXT: Record<UnpayableReason, string> = {
  payment_ended: 'Этот платёж уже завершён.',
  order_paid: 'Заказ уже оплачен.',
  order_cancelled: 'Заказ отменён.',
  pay_by_passed: 'Время на оплату заказа истекло.',
  amount_changed: 'Сумма заказа изменилась: оплатите его заново.',
};

/** The page the customer is sent to. The forms have no action: they post back to this same URL. */
export function threeDsPage(p: ThreeDsPageView): string {
  const heading = '<h1>Подтверждение платежа</h1><p class="note">Тестовый 3-D Secure: деньги не списываются.</p>';
  if (p.refusal) {
    const text = `Оплата невозможна. ${REFUSAL_TEXT[p.refusal]} Деньги не будут списаны.`;
    return layout('Оплата невозможна', `${heading}${details(p)}<p class="result refused">${escapeHtml(text)}</p>`);
  }
  if (p.status !== 'pending') {
    return layout(
      OUTCOME_TEXT[p.status],
      `${heading}${details(p)}<p class="result ${p.status}">${OUTCOME_TEXT[p.status]}</p>`,
    );
  }
  const button = (outcome: 'succeed' | 'fail', label: string, cls: string) =>
    `<form method="post"><input type="hidden" name="outcome" value="${outcome}">` +
    `<button type="submit" class="${cls}">${label}</button></form>`;
  return layout(
    'Подтверждение платежа',
    `${heading}${details(p)}<div class="buttons">${button('succeed', 'Подтвердить', 'ok')}${button('fail', 'Отклонить', 'no')}</div>`,
  );
}

/** What the customer sees after pressing a button. */
export function threeDsResultPage(p: ThreeDsPaymentView, outcome: 'succeeded' | 'failed'): string {
  const text = OUTCOME_TEXT[outcome];
  return layout(text, `<h1>${text}</h1>${details(p)}<p class="note">Страницу можно закрыть и вернуться к заказу.</p>`);
}
