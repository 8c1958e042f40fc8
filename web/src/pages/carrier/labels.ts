import type { BidStatus, DeliveryStatus, Job } from './carrier-api';

/** Russian words for the API's enums (src/modules/logistics/logistics.tables.ts). */
export const BID_STATUS: Record<BidStatus, string> = {
  active: 'действует',
  superseded: 'заменена новой',
  withdrawn: 'отозвана',
  won: 'выиграла',
  lost: 'не выиграла',
  declined: 'отказ от заказа',
};

export const BID_TONE: Partial<Record<BidStatus, 'ok' | 'warn' | 'danger'>> = {
  active: 'ok',
  won: 'ok',
  lost: 'danger',
  declined: 'warn',
};

export const JOB_STATUS: Record<Job['status'], string> = {
  open: 'приём ставок',
  awarded: 'ждёт подтверждения',
  assigned: 'перевозчик назначен',
  delivered: 'доставлено',
  flagged: 'нет перевозчика',
  cancelled: 'отменена',
};

export const DELIVERY_STATUS: Record<DeliveryStatus, string> = {
  awarded: 'назначена',
  en_route_to_pickup: 'еду на погрузку',
  loaded: 'загружено',
  in_transit: 'в пути',
  delivered: 'доставлено',
  failed: 'не доставлено',
  cancelled: 'отменена',
};

export const DELIVERY_TONE: Partial<Record<DeliveryStatus, 'ok' | 'warn' | 'danger'>> = {
  delivered: 'ok',
  in_transit: 'warn',
  loaded: 'warn',
  en_route_to_pickup: 'warn',
  failed: 'danger',
  cancelled: 'danger',
};

/** The step after each status, as the button names it (docs/domain.md, deliveries). */
export const NEXT_STEP: Partial<
  Record<DeliveryStatus, { status: 'en_route_to_pickup' | 'loaded' | 'in_transit' | 'delivered'; label: string }>
> = {
  awarded: { status: 'en_route_to_pickup', label: 'Еду на погрузку' },
  en_route_to_pickup: { status: 'loaded', label: 'Загружено' },
  loaded: { status: 'in_transit', label: 'В пути' },
  in_transit: { status: 'delivered', label: 'Доставлено' },
};

/** Statuses while positions are taken (docs/domain.md, Tracking). */
export const ACTIVE_DELIVERY: readonly DeliveryStatus[] = ['awarded', 'en_route_to_pickup', 'loaded', 'in_transit'];

export const BODY_TYPES = {
  tent: 'тент',
  flatbed: 'борт',
  dump: 'самосвал',
  crane: 'манипулятор',
  cement_tanker: 'цементовоз',
  concrete_mixer: 'бетоновоз',
  long_flatbed: 'длинномер',
  van: 'фургон',
  reefer: 'рефрижератор',
} as const;

/** The load's cargo kind (src/modules/logistics/body-types.ts, CARGO_KINDS). */
export const CARGO: Record<string, string> = {
  general: 'штучный груз',
  bulk_cement: 'цемент навалом',
  ready_concrete: 'готовый бетон',
  bulk: 'сыпучий груз',
};

/** How the goods come off the truck (src/modules/logistics/quote.schemas.ts, UNLOADING). */
export const UNLOADING: Record<string, string> = {
  crane: 'краном машины',
  manual: 'вручную',
  forklift: 'погрузчиком на месте',
};
