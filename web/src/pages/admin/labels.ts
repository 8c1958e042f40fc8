/** Russian words for every enum value the admin pages show. */

export const USER_STATUS: Record<string, string> = {
  pending: 'ждёт проверки',
  active: 'активен',
  approved: 'допущен',
  suspended: 'заблокирован',
};

export const ORDER_STATUS: Record<string, string> = {
  pending_payment: 'ждёт оплаты',
  paid: 'оплачен',
  confirmed: 'подтверждён',
  assembling: 'собирается',
  ready: 'готов',
  picked_up: 'получен покупателем',
  handed_to_carrier: 'передан перевозчику',
  in_transit: 'в пути',
  delivered: 'доставлен',
  return_requested: 'запрошен возврат',
  completed: 'завершён',
  cancelled: 'отменён',
  returned: 'возвращён',
};

export const PAYMENT_STATUS: Record<string, string> = {
  pending: 'в обработке',
  requires_action: 'ждёт 3-D Secure',
  succeeded: 'проведён',
  declined: 'отклонён банком',
  failed: 'ошибка',
  cancelled: 'отменён',
};

export const PAYMENT_METHOD: Record<string, string> = { card: 'картой', invoice: 'по счёту' };
export const DELIVERY_METHOD: Record<string, string> = { delivery: 'доставка', pickup: 'самовывоз' };

export const REFUND_STATUS: Record<string, string> = {
  pending: 'отправлен в банк',
  succeeded: 'возвращён на карту',
  failed: 'ошибка возврата на карту',
  due: 'вернуть переводом',
  paid_back: 'возвращён переводом',
};

export const REFUND_CAUSE: Record<string, string> = {
  cancellation: 'отмена заказа',
  return: 'возврат товара',
  late_payment: 'оплата после отмены',
};

export const JOB_STATUS: Record<string, string> = {
  open: 'приём ставок',
  awarded: 'ждёт подтверждения перевозчика',
  assigned: 'перевозчик назначен',
  delivered: 'доставлено',
  flagged: 'никто не взял',
  cancelled: 'отменено',
};

export const BID_STATUS: Record<string, string> = {
  active: 'действует',
  superseded: 'заменена новой',
  withdrawn: 'отозвана',
  won: 'выиграла',
  lost: 'проиграла',
  declined: 'перевозчик отказался',
};

export const TAX_REGIME: Record<string, string> = {
  vat_payer: 'ОСНО, плательщик НДС (22 / 10 / 0 %)',
  usn: 'УСН без НДС',
  usn_vat_5: 'УСН с НДС 5 %',
  usn_vat_7: 'УСН с НДС 7 %',
};

export const AUDIT_ACTION: Record<string, string> = {
  registered: 'зарегистрировался',
  approved: 'допущен к работе',
  suspended: 'заблокирован',
  reinstated: 'разблокирован',
  profile_updated: 'изменён профиль',
  password_changed: 'сменён пароль',
  device_revoked: 'завершён сеанс на устройстве',
  refresh_token_reused: 'повторно использован токен входа: все сеансы завершены',
  logged_out_everywhere: 'выход на всех устройствах',
  bank_requisites_updated: 'изменены банковские реквизиты',
  tax_regime_changed: 'изменён налоговый режим',
};

export const EVENT_SOURCE: Record<string, string> = { event: 'событие', deadline: 'срок' };

/** A known word, or the raw value marked as such (a new enum value must still show something). */
export function label(map: Record<string, string>, value: string | null | undefined): string {
  if (!value) return '—';
  return map[value] ?? value;
}

export function statusTone(status: string): 'ok' | 'warn' | 'danger' | undefined {
  if (['approved', 'active', 'succeeded', 'paid_back', 'delivered', 'completed', 'won'].includes(status)) return 'ok';
  if (['suspended', 'failed', 'cancelled', 'declined', 'flagged', 'due'].includes(status)) return 'danger';
  if (['pending', 'pending_payment', 'requires_action', 'awarded', 'return_requested'].includes(status)) return 'warn';
  return undefined;
}

export const FLAG_REASON: Record<string, string> = {
  no_bids: 'ставок не было',
  above_guide: 'все ставки выше ориентира',
};

export const CARGO: Record<string, string> = {
  general: 'штучный груз',
  bulk_cement: 'цемент навалом',
  ready_concrete: 'готовый бетон',
  bulk: 'сыпучий груз',
};
