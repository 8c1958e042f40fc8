/** How an invoice writes dates, quantities and requisites. */
import type { InvoiceDate, InvoiceParty } from './invoice-document.js';

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Documents are dated in Moscow time, where the marketplace and its sellers' accounting live.
const moscowParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Moscow',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function calendarDay(value: InvoiceDate): CalendarDay {
  const plain = typeof value === 'string' ? PLAIN_DATE.exec(value) : null;
  if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) };
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  const parts = Object.fromEntries(moscowParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** The instant a document's date stands for: midnight in Moscow, or the instant itself. */
export function dateInstant(value: InvoiceDate): Date {
  if (typeof value === 'string' && PLAIN_DATE.test(value)) return new Date(`${value}T00:00:00+03:00`);
  return typeof value === 'string' ? new Date(value) : value;
}

/** «5 марта 2026 г.», as a document title writes it. */
export function longDate(value: InvoiceDate): string {
  const { year, month, day } = calendarDay(value);
  return `${day} ${MONTHS_GENITIVE[month - 1]} ${year} г.`;
}

/** «05.03.2026». */
export function shortDate(value: InvoiceDate): string {
  const { year, month, day } = calendarDay(value);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

// Quantities are written the same way in every document (invoices, estimates).
export { formatQuantity } from '../../../shared/decimal.js';

/** «ООО «СтройБаза», ИНН 7707083893, КПП 770701001, 125040, г. Москва, …, тел.: …» (1C's line). */
export function partyLine(party: InvoiceParty): string {
  return [
    party.name,
    party.inn && `ИНН ${party.inn}`,
    party.kpp && `КПП ${party.kpp}`,
    party.address,
    // A phone number never breaks across lines.
    party.phone && `тел.: ${party.phone.replaceAll(' ', '\u00a0')}`,
  ]
    .filter(Boolean)
    .join(', ');
}
