import { formatTimeLeft } from '../../lib/format';
import { useNow } from './use-now';

/** «осталось 12 мин 05 сек», ticking each second; not a live region (it would chatter every second). */
export function TimeLeft({ until }: { until: string }) {
  const now = useNow();
  const left = formatTimeLeft(until, now);
  return <span className="num">{left === 'завершено' ? 'приём ставок закрыт' : left}</span>;
}
