import { MOSCOW_OFFSET_MS } from '../../../shared/moscow-time.js';

/**
 * When an unpaid order expires (docs/domain.md): card orders after `cardPaymentMinutes`, invoice
 * orders after `invoicePaymentDays` banking days — weekdays, counted in Moscow time, at the same
 * time of day. Public holidays are not known here and count as banking days.
 */
export function payBy(
  now: Date,
  method: 'card' | 'invoice',
  cfg: { cardPaymentMinutes: number; invoicePaymentDays: number },
): Date {
  if (method === 'card') return new Date(now.getTime() + cfg.cardPaymentMinutes * 60_000);
  let t = now.getTime();
  let left = cfg.invoicePaymentDays;
  while (left > 0) {
    t += 86_400_000;
    const day = new Date(t + MOSCOW_OFFSET_MS).getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return new Date(t);
}
