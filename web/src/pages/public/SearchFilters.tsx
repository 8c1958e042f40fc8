import { useState, type FormEvent, type ReactElement } from 'react';
import { Button, Field } from '../../ui/controls';
import { formatMoney, formatNumber, parseMoney } from '../../lib/format';
import { attributeName, attributeValue } from './attribute-names';
import { NearPicker, nearText, parseNear } from './NearPicker';
import type { SearchResult } from './public-api';

/** A node of GET /catalog/categories (the generated type leaves its children untyped). */
export interface CategoryNode {
  id: string;
  slug: string;
  name: string;
  children: CategoryNode[];
}
import { toggleAttr, withParam } from './search-params';

type Facets = SearchResult['facets'];

/** Category options in tree order, indented, with the count the search found in each. */
function categoryOptions(nodes: CategoryNode[], counts: Map<string, number>, depth = 0): ReactElement[] {
  return nodes.flatMap((n) => [
    <option key={n.id} value={n.slug}>
      {`${'\u00a0\u00a0'.repeat(depth)}${n.name}${counts.has(n.id) ? ` (${formatNumber(counts.get(n.id)!)})` : ''}`}
    </option>,
    ...categoryOptions(n.children, counts, depth + 1),
  ]);
}

const roubles = (kopecks: string | null) => (kopecks ? String(Number(kopecks) / 100).replace('.', ',') : '');

/** The filters: category, price, in stock, «рядом со мной», and the facets' attribute values. */
export function SearchFilters({
  params,
  updateParams,
  facets,
  tree,
}: {
  params: URLSearchParams;
  /** Applies a change to the URL's query as it is when the change is made. */
  updateParams: (change: (current: URLSearchParams) => URLSearchParams) => void;
  facets: Facets | undefined;
  tree: CategoryNode[];
}) {
  const [priceFrom, setPriceFrom] = useState(roubles(params.get('priceMin')));
  const [priceTo, setPriceTo] = useState(roubles(params.get('priceMax')));
  const [priceError, setPriceError] = useState<string | undefined>();
  const urlPrice = `${params.get('priceMin') ?? ''}-${params.get('priceMax') ?? ''}`;
  const [shownPrice, setShownPrice] = useState(urlPrice);
  if (shownPrice !== urlPrice) {
    setShownPrice(urlPrice);
    setPriceFrom(roubles(params.get('priceMin')));
    setPriceTo(roubles(params.get('priceMax')));
  }

  const counts = new Map((facets?.categories ?? []).map((c) => [c.id, c.count]));
  const applyPrice = (e: FormEvent) => {
    e.preventDefault();
    const min = priceFrom.trim() ? parseMoney(priceFrom) : null;
    const max = priceTo.trim() ? parseMoney(priceTo) : null;
    if ((priceFrom.trim() && min === null) || (priceTo.trim() && max === null)) {
      setPriceError('Введите сумму в рублях, например 1 250,50');
      return;
    }
    if (min !== null && max !== null && min > max) {
      setPriceError('«От» больше, чем «до»');
      return;
    }
    setPriceError(undefined);
    updateParams((current) =>
      withParam(
        withParam(current, 'priceMin', min === null ? null : String(min)),
        'priceMax',
        max === null ? null : String(max),
      ),
    );
  };
  const attrs = Object.entries(facets?.attributes ?? {})
    .filter(([name, values]) => values.length > 1 || params.has(`attr.${name}`))
    // The attributes most of the found goods have come first.
    .map(([name, values]) => [name, values, values.reduce((n, v) => n + v.count, 0)] as const)
    .sort((a, b) => b[2] - a[2])
    .slice(0, 10);

  return (
    <div className="stack">
      <Field label="Категория">
        <select
          value={params.get('category') ?? ''}
          onChange={(e) => updateParams((current) => withParam(current, 'category', e.target.value))}
        >
          <option value="">Все категории</option>
          {categoryOptions(tree, counts)}
        </select>
      </Field>
      <form onSubmit={applyPrice} aria-label="Цена">
        <fieldset>
          <legend>Цена, ₽</legend>
          <div className="price-pair">
            <Field label="от" error={priceError}>
              <input
                inputMode="decimal"
                value={priceFrom}
                onChange={(e) => setPriceFrom(e.target.value)}
                placeholder={facets?.price.min != null ? formatMoney(facets.price.min, { whole: true }) : undefined}
              />
            </Field>
            <Field label="до">
              <input
                inputMode="decimal"
                value={priceTo}
                onChange={(e) => setPriceTo(e.target.value)}
                placeholder={facets?.price.max != null ? formatMoney(facets.price.max, { whole: true }) : undefined}
              />
            </Field>
          </div>
          <Button small type="submit">
            Применить цену
          </Button>
        </fieldset>
      </form>
      <label className="check">
        <input
          type="checkbox"
          checked={params.get('inStock') === 'true'}
          onChange={(e) => {
            const checked = e.target.checked;
            updateParams((current) => withParam(current, 'inStock', checked ? 'true' : null));
          }}
        />
        Только в наличии
      </label>
      <NearPicker
        near={parseNear(params.get('near'))}
        radiusKm={params.get('radiusKm')}
        onChange={(near, radius) =>
          updateParams((current) => {
            const next = withParam(
              withParam(current, 'near', near ? nearText(near) : null),
              'radiusKm',
              near ? radius : null,
            );
            if (!near && next.get('sort') === 'distance') next.delete('sort');
            return next;
          })
        }
      />
      {attrs.map(([name, values]) => {
        const chosen = params.getAll(`attr.${name}`);
        return (
          <details key={name} open={chosen.length > 0}>
            <summary>
              {attributeName(name)}
              {chosen.length > 0 && ` · ${chosen.length}`}
            </summary>
            <fieldset className="facet-values">
              <legend className="visually-hidden">{attributeName(name)}</legend>
              {values.slice(0, 15).map((v) => (
                <label key={v.value} className="check small">
                  <input
                    type="checkbox"
                    checked={chosen.includes(v.value)}
                    onChange={() => updateParams((current) => toggleAttr(current, name, v.value))}
                  />
                  {attributeValue(name, v.value)} <span className="muted">({formatNumber(v.count)})</span>
                </label>
              ))}
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}
