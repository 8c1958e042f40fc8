import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatMoney } from '../../lib/format';
import { Panel } from '../../ui/controls';
import { boughtTogether, forMe } from './customer-api';

type Item = Awaited<ReturnType<typeof forMe>>['items'][number];

function ItemList({ items }: { items: Item[] }) {
  return (
    <ul className="grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((i) => (
        <li key={i.product.id}>
          <Link to={`/products/${i.product.id}`}>{i.product.name}</Link>
          {i.product.minPriceMinor !== null && (
            <div className="small">
              от {formatMoney(i.product.minPriceMinor)} / {i.product.unit}
            </div>
          )}
          <div className="small muted">{i.reason.text}</div>
        </li>
      ))}
    </ul>
  );
}

/** «Для вас»: products picked from the customer's orders, cart and estimates. Quiet when it fails. */
export function ForMe() {
  const q = useQuery({ queryKey: ['for-me'], queryFn: forMe, staleTime: 300_000 });
  if (!q.data || q.data.items.length === 0) return null;
  return (
    <Panel title="Для вас">
      <ItemList items={q.data.items} />
    </Panel>
  );
}

/** «Покупают вместе» for a product in the cart. */
export function BoughtTogether({ productId, name }: { productId: string; name: string }) {
  const q = useQuery({
    queryKey: ['bought-together', productId],
    queryFn: () => boughtTogether(productId),
    staleTime: 300_000,
  });
  if (!q.data || q.data.items.length === 0) return null;
  return (
    <section aria-label={`Покупают вместе с «${name}»`} className="stack">
      <h3 className="small">Покупают вместе с «{name}»</h3>
      <ItemList items={q.data.items} />
    </section>
  );
}
