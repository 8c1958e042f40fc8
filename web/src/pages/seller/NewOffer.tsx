import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { formatMoney } from '../../lib/format';
import { Button, Field, Panel } from '../../ui/controls';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { OfferForm, type OfferFormValues } from './OfferForm';
import { ProductCardForm } from './ProductCardForm';
import { createOffer, searchProducts } from './seller-api';

type Picked = { id: string; name: string; unit: string };

/** Offer a product already in the catalogue, or make its card first when none fits. */
export function NewOffer() {
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [newCard, setNewCard] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const found = useQuery({
    queryKey: ['seller', 'product-search', asked],
    queryFn: () => searchProducts(asked),
    enabled: asked.length > 0,
  });
  const create = useMutation({
    mutationFn: (v: OfferFormValues) => createOffer({ productId: picked!.id, ...v, priceMinor: v.priceMinor! }),
    onSuccess: (offer) => {
      void queryClient.invalidateQueries({ queryKey: ['seller'] });
      navigate(`/seller/offers/${offer.id}`);
    },
  });

  const search = (e: FormEvent) => {
    e.preventDefault();
    setAsked(q.trim());
  };

  if (newCard)
    return (
      <Panel title="Новая карточка товара">
        <ProductCardForm
          onCancel={() => setNewCard(false)}
          onCreated={(p) => {
            setNewCard(false);
            setPicked(p);
          }}
        />
      </Panel>
    );

  return (
    <Panel title="Добавить товар">
      {picked ? (
        <div className="stack">
          <p>
            Товар: <strong>{picked.name}</strong> ({picked.unit}){' '}
            <Button small onClick={() => setPicked(null)}>
              Выбрать другой
            </Button>
          </p>
          <OfferForm
            unit={picked.unit}
            submitText="Начать продавать"
            busy={create.isPending}
            error={create.error}
            onSubmit={(v) => create.mutate(v)}
          />
        </div>
      ) : (
        <div className="stack">
          <form onSubmit={search} className="row" role="search">
            <Field label="Найти товар в каталоге">
              <input
                type="search"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                placeholder="Название или артикул"
              />
            </Field>
            <Button type="submit">Найти</Button>
          </form>
          {asked && found.isPending && <Loading label="Ищем…" />}
          {found.error && <ErrorNotice error={found.error} />}
          {found.data && found.data.items.length === 0 && (
            <Empty title="Ничего не нашлось">Уточните запрос или создайте карточку товара.</Empty>
          )}
          {found.data && found.data.items.length > 0 && (
            <ul className="stack" style={{ listStyle: 'none', padding: 0 }} aria-label="Найденные товары">
              {found.data.items.map((p) => (
                <li key={p.id} className="spread">
                  <span>
                    {p.name}
                    <span className="small muted">
                      {' '}
                      {p.sku && `арт. ${p.sku} · `}от {formatMoney(p.bestOffer.priceMinor)} / {p.unit}
                    </span>
                  </span>
                  <Button small onClick={() => setPicked({ id: p.id, name: p.name, unit: p.unit })}>
                    Выбрать
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <p className="small">
            Подходящего товара нет?{' '}
            <Button small onClick={() => setNewCard(true)}>
              Создать карточку товара
            </Button>
          </p>
        </div>
      )}
    </Panel>
  );
}
