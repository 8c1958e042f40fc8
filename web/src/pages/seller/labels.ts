/** Russian words for every enum value the seller's pages show. */
import type { ReturnStatus, SubOrderStatus, TaxRegime, VatRate } from './seller-api';

export const SUB_ORDER_STATUS: Record<SubOrderStatus, string> = {
  pending_payment: 'Ждёт оплаты',
  paid: 'Оплачен',
  confirmed: 'Подтверждён',
  assembling: 'Собирается',
  ready: 'Готов к выдаче',
  picked_up: 'Выдан покупателю',
  handed_to_carrier: 'Передан перевозчику',
  in_transit: 'В пути',
  delivered: 'Доставлен',
  return_requested: 'Запрошен возврат',
  completed: 'Завершён',
  cancelled: 'Отменён',
  returned: 'Возвращён',
};

/** The button that moves a sub-order to the status: a verb, not the status's name. */
export const TRANSITION_ACTION: Partial<Record<SubOrderStatus, string>> = {
  confirmed: 'Подтвердить заказ',
  assembling: 'Начать сборку',
  ready: 'Собран, готов к выдаче',
  picked_up: 'Выдать покупателю',
  handed_to_carrier: 'Передать перевозчику',
  in_transit: 'Отметить «в пути»',
  delivered: 'Отметить «доставлен»',
  completed: 'Завершить',
  cancelled: 'Отменить заказ',
};

export const STATUS_TONE: Partial<Record<SubOrderStatus, 'ok' | 'warn' | 'danger'>> = {
  pending_payment: 'warn',
  paid: 'warn',
  ready: 'ok',
  picked_up: 'ok',
  delivered: 'ok',
  completed: 'ok',
  return_requested: 'warn',
  cancelled: 'danger',
  returned: 'danger',
};

export const SUB_ORDER_STATUSES = Object.keys(SUB_ORDER_STATUS) as SubOrderStatus[];

export const RETURN_STATUS: Record<ReturnStatus, string> = {
  requested: 'Ждёт решения',
  accepted: 'Принят',
  refused: 'Отклонён',
};

export const REFUND_STATUS: Record<string, string> = {
  pending: 'Отправляется на карту',
  succeeded: 'Возвращено на карту',
  failed: 'Ошибка возврата на карту',
  due: 'Нужно вернуть переводом',
  paid_back: 'Возвращено переводом',
};

export const REFUND_CAUSE: Record<string, string> = {
  cancellation: 'отмена',
  return: 'возврат товара',
  late_payment: 'оплата после отмены',
};

export const PAYMENT_STATUS: Record<string, string> = {
  pending: 'Ожидается',
  requires_action: 'Ждёт 3-D Secure',
  succeeded: 'Получен',
  declined: 'Отклонён',
  failed: 'Ошибка',
  cancelled: 'Отменён',
};

export const JOB_STATUS: Record<string, string> = {
  open: 'Ищем перевозчика (идут торги)',
  awarded: 'Перевозчик выбран, ждём подтверждения',
  assigned: 'Перевозчик назначен',
  delivered: 'Доставлено',
  flagged: 'Нет перевозчика по ориентиру цены — разбирается администратор',
  cancelled: 'Отменена',
};

export const UNLOADING: Record<string, string> = {
  crane: 'краном (манипулятор)',
  manual: 'вручную',
  forklift: 'погрузчиком на месте',
};

export const VAT_RATE: Record<VatRate, string> = {
  '22': 'НДС 22\u00a0%',
  '10': 'НДС 10\u00a0%',
  '0': 'НДС 0\u00a0%',
  '5': 'НДС 5\u00a0%',
  '7': 'НДС 7\u00a0%',
  none: 'Без НДС',
};

export const TAX_REGIME: Record<TaxRegime, string> = {
  vat_payer: 'ОСНО, плательщик НДС (22 %, 10 %, 0 %)',
  usn: 'УСН без НДС',
  usn_vat_5: 'УСН с НДС 5 %',
  usn_vat_7: 'УСН с НДС 7 %',
};

/** The VAT rates an offer may carry under a regime (src/shared/tax-regimes.ts). */
export const VAT_BY_REGIME: Record<TaxRegime, VatRate[]> = {
  vat_payer: ['22', '10', '0'],
  usn: ['none'],
  usn_vat_5: ['5'],
  usn_vat_7: ['7'],
};

export const OFFER_STATUS = { active: 'В\u00a0продаже', paused: 'Снят с\u00a0продажи' } as const;
