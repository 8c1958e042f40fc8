import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Field } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { countOf } from '../../lib/format';
import { ProductCard } from './ProductCard';
import { categoryTree, searchProducts, type SearchItem, type SearchResult } from './public-api';
import { SearchFilters, type CategoryNode } from './SearchFilters';
import { activeFilters, queryFromUrl, SORTS, withParam } from './search-params';
import './public.css';

const FOUND = ['товар', 'товара', 'товаров'] as const;

/** `/`: the catalogue search; everything it shows follows the URL query. */
export default function CataloguePage() {
  const [params, setSearchParams] = useSearchParams();
  // Changes start from the URL as it is now, not as this render saw it: a sort chosen right
  // after a box was ticked, before the page re-rendered, must keep the box.
  const updateParams = (change: (current: URLSearchParams) => URLSearchParams) =>
    setSearchParams(change(new URLSearchParams(window.location.search)));
  const query = queryFromUrl(params);
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  // Back/forward changes the URL: the box follows it (state adjusted while rendering, no effect).
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }
  const [filtersOpen, setFiltersOpen] = useState(false);

  const tree = useQuery({ queryKey: ['catalog', 'categories'], queryFn: categoryTree, staleTime: 300_000 });
  const list = useCursorList<SearchItem>(['catalog', 'search', query], (cursor) => searchProducts(query, cursor));
  const first = list.data?.pages[0] as SearchResult | undefined;

  const search = (e: FormEvent) => {
    e.preventDefault();
    updateParams((current) => {
      const next = withParam(current, 'q', text.trim());
      // A new text ranks by relevance unless the person chose another order.
      return !text.trim() && next.get('sort') === 'relevance' ? withParam(next, 'sort', null) : next;
    });
  };
  const sorts = SORTS.filter((s) => !('needs' in s) || Boolean(query[s.needs]));
  const sort = query.sort ?? (query.q ? 'relevance' : 'popular');
  const filters = activeFilters(params);

  return (
    <div className="catalogue">
      <h1>Каталог стройматериалов</h1>
      <form role="search" onSubmit={search} className="panel search-bar">
        <Field label="Что ищем">
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Цемент М500, газобетон D500, артикул…"
          />
        </Field>
        <Button kind="primary" type="submit">
          Найти
        </Button>
      </form>
      <div className="catalogue-layout">
        <aside className="panel catalogue-filters" aria-label="Фильтры" data-open={filtersOpen}>
          <div className="spread">
            <h2>Фильтры</h2>
            <Button
              small
              className="filters-toggle"
              aria-expanded={filtersOpen}
              onClick={() => setFiltersOpen((o) => !o)}
            >
              {filtersOpen ? 'Скрыть фильтры' : `Показать фильтры${filters ? ` (${filters})` : ''}`}
            </Button>
          </div>
          <div className="filters-body">
            <SearchFilters
              params={params}
              updateParams={updateParams}
              facets={first?.facets}
              tree={(tree.data?.items ?? []) as CategoryNode[]}
            />
            {filters > 0 && (
              <Button
                small
                onClick={() => updateParams((current) => withParam(new URLSearchParams(), 'q', current.get('q')))}
              >
                Сбросить фильтры
              </Button>
            )}
          </div>
        </aside>
        <section aria-labelledby="results-title" className="catalogue-results">
          <div className="spread results-head">
            <h2 id="results-title" aria-live="polite">
              {first ? (first.total ? `Найдено ${countOf(first.total, FOUND)}` : 'Ничего не найдено') : 'Ищем…'}
            </h2>
            <Field label="Сортировка">
              <select
                value={sort}
                onChange={(e) => updateParams((current) => withParam(current, 'sort', e.target.value))}
              >
                {sorts.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {list.isPending ? (
            <Loading label="Ищем товары…" />
          ) : list.error ? (
            <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
          ) : list.items.length === 0 ? (
            <Empty
              title="Ничего не нашлось"
              action={
                filters > 0 || query.q ? (
                  <Button onClick={() => updateParams(() => new URLSearchParams())}>Показать весь каталог</Button>
                ) : undefined
              }
            >
              {[
                query.q && 'Проверьте написание или попробуйте слово короче («газобетон» вместо «газобетонный блок»).',
                query.near && 'Увеличьте радиус поиска или уберите «рядом со мной».',
                (query.priceMin || query.priceMax) && 'Расширьте диапазон цены.',
                query.inStock && 'Снимите «только в наличии» — многое привозят под заказ.',
                Object.keys(query).some((k) => k.startsWith('attr.')) && 'Снимите часть характеристик.',
              ]
                .filter(Boolean)
                .join(' ') || 'Выберите другую категорию.'}
            </Empty>
          ) : (
            <>
              <div className="grid">
                {list.items.map((item) => (
                  <ProductCard
                    key={item.id}
                    item={item}
                    near={typeof query.near === 'string' ? query.near : undefined}
                  />
                ))}
              </div>
              <MoreButton list={list} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
