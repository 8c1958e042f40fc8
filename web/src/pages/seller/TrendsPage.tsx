import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatMoney, formatNumber, formatShortDate } from '../../lib/format';
import { Field, Panel } from '../../ui/controls';
import { LineChart } from '../../ui/LineChart';
import { QueryView } from '../../ui/states';
import { categoryTree, getTrends, type Trends } from './seller-api';

type Node = { slug: string; name: string; children: Node[] };
const flatten = (nodes: Node[], depth = 0): { slug: string; label: string }[] =>
  nodes.flatMap((n) => [
    { slug: n.slug, label: `${'\u00a0\u00a0'.repeat(depth)}${n.name}` },
    ...flatten(n.children, depth + 1),
  ]);

/** Two equal columns that fall to one on a phone. */
const TWO = { gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))' };

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 1)} %`;

export default function TrendsPage() {
  const [category, setCategory] = useState('');
  const [period, setPeriod] = useState<'week' | 'month'>('week');
  const categories = useQuery({ queryKey: ['seller', 'categories'], queryFn: categoryTree, staleTime: 300_000 });
  const trends = useQuery({
    queryKey: ['seller', 'trends', category, period],
    queryFn: () => getTrends({ category: category || undefined, period, mine: 'true' }),
  });
  return (
    <div className="stack">
      <h1>Рынок и мои продажи</h1>
      <Panel>
        <div className="row">
          <Field label="Категория">
            <select value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">Все категории</option>
              {flatten((categories.data?.items ?? []) as Node[]).map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Период">
            <select value={period} onChange={(e) => setPeriod(e.target.value as 'week' | 'month')}>
              <option value="week">По неделям</option>
              <option value="month">По месяцам</option>
            </select>
          </Field>
        </div>
      </Panel>
      <QueryView query={trends}>{(t) => <TrendsView t={t} />}</QueryView>
    </div>
  );
}

function TrendsView({ t }: { t: Trends }) {
  const x = (p: { start: string }) => new Date(`${p.start}T00:00:00+03:00`);
  const mine = t.mine;
  return (
    <>
      <p className="muted">
        {t.category.name}, {t.region.name}: с {formatDate(t.from)} по {formatDate(t.to)}
        {mine?.revenueSharePct != null && <> · ваша доля выручки {formatNumber(mine.revenueSharePct, 1)} %</>}
      </p>
      <div className="grid" style={TWO}>
        <Panel title="Выручка рынка">
          <LineChart
            label="Выручка рынка по периодам"
            series={[{ name: 'Рынок', points: t.periods.map((p) => ({ x: x(p), y: p.revenueMinor })) }]}
            formatY={(v) => formatMoney(v, { whole: true })}
            formatX={formatShortDate}
          />
        </Panel>
        <Panel title="Моя выручка">
          {mine ? (
            <LineChart
              label="Моя выручка по периодам"
              series={[{ name: 'Мои продажи', points: mine.periods.map((p) => ({ x: x(p), y: p.revenueMinor })) }]}
              formatY={(v) => formatMoney(v, { whole: true })}
              formatX={formatShortDate}
            />
          ) : (
            <p className="muted">Своих продаж за этот период нет.</p>
          )}
        </Panel>
      </div>
      <Panel title="Индекс цен рынка">
        <p className="small muted">Цепной индекс Джевонса, база 100 — первый период.</p>
        <LineChart
          label="Индекс цен по периодам"
          series={[{ name: 'Индекс цен', points: t.periods.map((p) => ({ x: x(p), y: p.priceIndex })) }]}
          formatY={(v) => formatNumber(v, 1)}
          formatX={formatShortDate}
        />
        {mine?.prices.vsMarketPct != null && (
          <p>Ваши цены относительно медианы рынка: {pct(mine.prices.vsMarketPct)}</p>
        )}
      </Panel>
      {mine && mine.prices.products.length > 0 && (
        <Panel title="Мои цены против рынка">
          <table className="list">
            <thead>
              <tr>
                <th>Товар</th>
                <th>Моя цена</th>
                <th>Медиана рынка</th>
                <th>Разница</th>
              </tr>
            </thead>
            <tbody>
              {mine.prices.products.slice(0, 20).map((p) => (
                <tr key={p.product.id}>
                  <td data-label="Товар">{p.product.name}</td>
                  <td data-label="Моя цена" className="num">
                    {formatMoney(p.unitPriceMinor)} / {p.product.unit}
                  </td>
                  <td data-label="Медиана рынка" className="num">
                    {formatMoney(p.marketMedianMinor)}
                  </td>
                  <td data-label="Разница" className="num">
                    {pct(p.diffPct)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
      <Panel title="Что растёт и падает в спросе">
        <div className="grid" style={TWO}>
          {(['up', 'down'] as const).map((k) => (
            <section key={k} aria-label={k === 'up' ? 'Растёт' : 'Падает'}>
              <h3>{k === 'up' ? 'Растёт' : 'Падает'}</h3>
              {t.movers[k].length === 0 ? (
                <p className="muted small">Заметных изменений нет.</p>
              ) : (
                <ul>
                  {t.movers[k].slice(0, 8).map((m) => (
                    <li key={m.product.id}>
                      {m.product.name}: спрос {pct(m.unitsChangePct)}
                      {m.priceChangePct !== null && `, цена ${pct(m.priceChangePct)}`}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </Panel>
    </>
  );
}
