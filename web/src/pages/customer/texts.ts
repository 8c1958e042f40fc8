/** Russian words for every enum value the customer cabinet shows. */
import type { Badge } from '../../ui/controls';

type Tone = Parameters<typeof Badge>[0]['tone'];

export const SUB_ORDER_STATUS: Record<string, string> = {
  pending_payment: 'ожидает оплаты',
  paid: 'оплачен',
  confirmed: 'подтверждён продавцом',
  assembling: 'собирается',
  ready: 'готов к отгрузке',
  picked_up: 'получен (самовывоз)',
  handed_to_carrier: 'передан перевозчику',
  in_transit: 'в пути',
  delivered: 'доставлен',
  return_requested: 'запрошен возврат',
  completed: 'завершён',
  cancelled: 'отменён',
  returned: 'возвращён',
};

export function statusTone(status: string): Tone {
  if (status === 'cancelled' || status === 'returned') return 'danger';
  if (status === 'pending_payment' || status === 'return_requested') return 'warn';
  if (['paid', 'delivered', 'completed', 'picked_up'].includes(status)) return 'ok';
  return undefined;
}

export const DELIVERY_STATUS: Record<string, string> = {
  awarded: 'перевозчик выбран',
  en_route_to_pickup: 'едет на склад',
  loaded: 'загружен',
  in_transit: 'в пути',
  delivered: 'доставлено',
  failed: 'не доставлено',
  cancelled: 'отменено',
};

export const JOB_STATUS: Record<string, string> = {
  open: 'идёт приём ставок',
  awarded: 'ставка выбрана, ждём подтверждения',
  assigned: 'перевозчик назначен',
  delivered: 'доставлено',
  flagged: 'нет перевозчика по ориентиру',
  cancelled: 'отменено',
};

export const BID_STATUS: Record<string, string> = {
  active: 'действует',
  superseded: 'заменена',
  withdrawn: 'отозвана',
  won: 'выиграла',
  lost: 'не выбрана',
  declined: 'отказ перевозчика',
};

export const PAYMENT_STATUS: Record<string, string> = {
  pending: 'обрабатывается',
  requires_action: 'ждёт подтверждения 3-D Secure',
  succeeded: 'проведён',
  declined: 'отклонён банком',
  failed: 'не прошёл',
  cancelled: 'отменён',
};

export const REFUND_STATUS: Record<string, string> = {
  pending: 'ожидает',
  processing: 'выполняется',
  succeeded: 'возвращено',
  failed: 'не удалось',
  due: 'к возврату',
  paid_back: 'возвращено',
};

export const RETURN_STATUS: Record<string, string> = {
  requested: 'на рассмотрении',
  accepted: 'принят',
  refused: 'отклонён',
};

export const UNLOADING: Record<string, string> = {
  manual: 'вручную (грузчики)',
  crane: 'краном-манипулятором',
  forklift: 'погрузчиком на месте',
};

export const PAYMENT_METHOD: Record<string, string> = { card: 'картой', invoice: 'по счёту' };
export const DELIVERY_METHOD: Record<string, string> = { delivery: 'доставка', pickup: 'самовывоз' };

export const CART_LINE_STATUS: Record<string, string> = {
  ok: '',
  insufficient_stock: 'не хватает на складе',
  unavailable: 'больше не продаётся',
  quantity_not_allowed: 'количество не по кратности',
};

/** A word for an enum value the maps do not know yet: never the raw English. */
export const say = (map: Record<string, string>, value: string) => map[value] ?? '—';
