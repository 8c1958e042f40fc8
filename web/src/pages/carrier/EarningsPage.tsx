import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { countOf, formatMoney } from '../../lib/format';
import { Field, Panel } from '../../ui/controls';
import { LineChart } from '../../ui/LineChart';
import { Empty, QueryView } from '../../ui/states';
import { earnings, type Earnings } from './carrier-api';

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const DELIVERIES = ['доставка', 'доставки', 'доставок'] as const;

/** «2026-03» → «март». */
const monthName = (m: string) => MONTHS[Number(m.slice(5, 7)) - 1] ?? m;

/** What my delivered deliveries earned, per Moscow calendar month of a year. */
export default function EarningsPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const query = useQuery({ queryKey: ['carrier', 'earnings', year], queryFn: () => earnings(year) });
  return (
    <div className="stack">
      <h1>Заработок</h1>
      <Field label="Год">
        <select style={{ maxWidth: '12rem' }} value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </Field>
      <QueryView query={query}>{(e) => <EarningsView e={e} />}</QueryView>
    </div>
  );
}

/** The API lists months with deliveries only; the chart shows each month of the year up to now, zeros too. */
function everyMonth(e: Earnings): { month: string; earnedMinor: number }[] {
  const now = new Date();
  const last = e.year < now.getUTCFullYear() ? 12 : now.getUTCMonth() + 1;
  return Array.from({ length: last }, (_, i) => {
    const month = `${e.year}-${String(i + 1).padStart(2, '0')}`;
    return { month, earnedMinor: e.months.find((m) => m.month.startsWith(month))?.earnedMinor ?? 0 };
  });
}

function EarningsView({ e }: { e: Earnings }) {
  const count = e.months.reduce((n, m) => n + m.deliveries, 0);
  if (count === 0)
    return (
      <Empty title={`В ${e.year} году доставок ещё не было`}>
        Выигрывайте заявки на доске и доставляйте грузы: заработок появится здесь.
      </Empty>
    );
  return (
    <>
      <Panel title={`Итого за ${e.year} год`}>
        <p className="big num">{formatMoney(e.totalMinor)}</p>
        <p className="muted">{countOf(count, DELIVERIES)}</p>
      </Panel>
      <Panel title="По месяцам">
        <LineChart
          label={`Заработок по месяцам ${e.year} года`}
          series={[
            {
              name: 'Заработок',
              points: everyMonth(e).map((m) => ({ x: new Date(`${m.month}-15T12:00:00Z`), y: m.earnedMinor })),
            },
          ]}
          formatY={(v) => formatMoney(v, { whole: true })}
          formatX={(d) => MONTHS[d.getUTCMonth()]?.slice(0, 3) ?? ''}
        />
        <table className="list">
          <thead>
            <tr>
              <th>Месяц</th>
              <th>Доставок</th>
              <th>Заработано</th>
            </tr>
          </thead>
          <tbody>
            {e.months.map((m) => (
              <tr key={m.month}>
                <td data-label="Месяц">{monthName(m.month)}</td>
                <td data-label="Доставок" className="num">
                  {m.deliveries}
                </td>
                <td data-label="Заработано" className="num">
                  {formatMoney(m.earnedMinor)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </>
  );
}
