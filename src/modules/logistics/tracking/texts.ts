/** What a person reads of a delivery's life, in Russian, with Moscow time (docs/domain.md, Tracking). */
import { moscowText } from '../../../shared/moscow-time.js';

const STATUS_TEXT: Readonly<Record<string, string>> = {
  awarded: 'Перевозчик назначен',
  en_route_to_pickup: 'Машина едет на склад',
  loaded: 'Груз загружен',
  in_transit: 'Машина в пути',
  delivered: 'Доставлено',
  failed: 'Доставка не состоялась',
  cancelled: 'Доставка отменена',
};

export function statusText(status: string): string {
  return STATUS_TEXT[status] ?? status;
}

/** 1 минуту, 2 минуты, 5 минут, 21 минуту… */
export function minutesText(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11
      ? 'минуту'
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? 'минуты'
        : 'минут';
  return `${n} ${word}`;
}

/** «Машина будет через ~N минут». */
export function arrivingSoonText(minutes: number): string {
  return `Машина будет через ~${minutesText(Math.max(1, minutes))}`;
}

export function etaText(etaAt: Date): string {
  return `Ожидаемое прибытие: ${moscowText(etaAt)}`;
}

/** A timeline entry as a line: «27.11.2026 14:30 МСК — Машина прибыла на склад». */
export function timelineText(kind: string, at: Date, data: Record<string, unknown>): string {
  let what: string;
  switch (kind) {
    case 'arrived_at_pickup':
      what = 'Машина прибыла на склад';
      break;
    case 'arrived_at_dropoff':
      what = 'Машина прибыла к месту выгрузки';
      break;
    case 'arriving_soon':
      what = arrivingSoonText(typeof data.minutes === 'number' ? data.minutes : 30);
      break;
    default:
      what = statusText(kind);
  }
  return `${moscowText(at)} — ${what}`;
}
