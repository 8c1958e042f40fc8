import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api';
import { formatNumber } from '../../lib/format';
import { messageFor } from '../../lib/problems';
import { Button, Field, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading, QueryView } from '../../ui/states';
import { StockCell } from './StockCell';
import { WarehouseForm } from './WarehouseForm';
import { deleteWarehouse, getWarehouse, updateWarehouse, warehouseStock, type Warehouse } from './seller-api';

export default function WarehousePage() {
  const { id = '' } = useParams();
  const warehouse = useQuery({ queryKey: ['seller', 'warehouse', id], queryFn: () => getWarehouse(id) });
  return (
    <div className="stack">
      <p>
        <Link to="/seller/warehouses">← Склады</Link>
      </p>
      <QueryView query={warehouse}>{(w) => <WarehouseView warehouse={w} />}</QueryView>
    </div>
  );
}

function WarehouseView({ warehouse: w }: { warehouse: Warehouse }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof updateWarehouse>[1]) => updateWarehouse(w.id, body),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: ['seller'] });
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteWarehouse(w.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['seller'] });
      navigate('/seller/warehouses');
    },
  });
  return (
    <>
      <h1>
        {w.name} <span className="muted small">{w.code}</span>
      </h1>
      <p>
        {w.address}
        {w.workingHours && <span className="muted"> · {w.workingHours}</span>}
      </p>
      <div className="row">
        <Button onClick={() => setEditing(!editing)}>{editing ? 'Закрыть' : 'Изменить склад'}</Button>
        {!confirming ? (
          <Button kind="danger" onClick={() => setConfirming(true)}>
            Удалить склад
          </Button>
        ) : (
          <>
            <span>Удалить склад «{w.name}»?</span>
            <Button kind="danger" busy={remove.isPending} onClick={() => remove.mutate()}>
              Да, удалить
            </Button>
            <Button onClick={() => setConfirming(false)}>Нет</Button>
          </>
        )}
      </div>
      {remove.error && (
        <div className="notice notice-error" role="alert">
          {remove.error instanceof ApiError && remove.error.code === 'CATALOG.WAREHOUSE_IN_USE'
            ? 'Склад нельзя удалить, пока на нём есть товары или резерв по заказам: сначала обнулите остатки.'
            : messageFor(remove.error)}
        </div>
      )}
      {editing && (
        <Panel title="Изменить склад">
          <WarehouseForm
            initial={w}
            submitText="Сохранить"
            busy={save.isPending}
            error={save.error}
            onSubmit={(b) => save.mutate(b)}
          />
        </Panel>
      )}
      <StockPanel warehouseId={w.id} />
    </>
  );
}

function StockPanel({ warehouseId }: { warehouseId: string }) {
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const list = useCursorList(['seller', 'stock', warehouseId, asked], (cursor) =>
    warehouseStock(warehouseId, { cursor, limit: 20, q: asked || undefined }),
  );
  const search = (e: FormEvent) => {
    e.preventDefault();
    setAsked(q.trim());
  };
  return (
    <Panel title="Остатки">
      <form onSubmit={search} className="row" role="search">
        <Field label="Найти товар">
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Название или артикул" />
        </Field>
        <Button type="submit">Найти</Button>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.items.length === 0 ? (
        <Empty title={asked ? 'Ничего не нашлось' : 'На складе пока нет товаров'}>
          {asked
            ? 'Измените запрос.'
            : 'Укажите остатки на странице товара или загрузите прайс-лист со столбцом этого склада.'}
        </Empty>
      ) : (
        <table className="list" aria-label="Остатки на складе">
          <thead>
            <tr>
              <th>Товар</th>
              <th>В резерве</th>
              <th>Свободно</th>
              <th>На складе</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((s) => (
              <tr key={s.offer.id}>
                <td data-label="Товар">
                  <Link to={`/seller/offers/${s.offer.id}`}>{s.product.name}</Link>
                  {s.product.sku && <div className="small muted">Артикул {s.product.sku}</div>}
                </td>
                <td data-label="В резерве" className="num">
                  {formatNumber(s.reserved)} {s.product.unit}
                </td>
                <td data-label="Свободно" className="num">
                  {formatNumber(s.available)} {s.product.unit}
                </td>
                <td data-label="На складе">
                  <StockCell
                    key={s.updatedAt}
                    warehouseId={warehouseId}
                    offerId={s.offer.id}
                    onHand={s.onHand}
                    unit={s.product.unit}
                    label={`На складе: ${s.product.name}, ${s.product.unit}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton list={list} />
    </Panel>
  );
}
