import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Panel } from '../../ui/controls';
import { MapView } from '../../ui/MapView';
import { Empty, QueryView } from '../../ui/states';
import { WarehouseForm } from './WarehouseForm';
import { createWarehouse, listWarehouses } from './seller-api';

export default function WarehousesPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const warehouses = useQuery({ queryKey: ['seller', 'warehouses'], queryFn: listWarehouses });
  const create = useMutation({
    mutationFn: createWarehouse,
    onSuccess: (w) => {
      void queryClient.invalidateQueries({ queryKey: ['seller'] });
      navigate(`/seller/warehouses/${w.id}`);
    },
  });
  return (
    <div className="stack">
      <h1>Склады</h1>
      <Panel
        title="Мои склады"
        actions={
          !adding && (
            <Button kind="primary" small onClick={() => setAdding(true)}>
              Добавить склад
            </Button>
          )
        }
      >
        <QueryView query={warehouses}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty title="Складов пока нет">Добавьте склад, чтобы указать остатки и принимать заказы.</Empty>
            ) : (
              <div className="stack">
                <table className="list">
                  <thead>
                    <tr>
                      <th>Склад</th>
                      <th>Адрес</th>
                      <th>Выдача</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((w) => (
                      <tr key={w.id}>
                        <td data-label="Склад">
                          <Link to={`/seller/warehouses/${w.id}`}>{w.name}</Link>{' '}
                          <span className="small muted">{w.code}</span>
                        </td>
                        <td data-label="Адрес">{w.address}</td>
                        <td data-label="Выдача">
                          {w.pickup ? 'самовывоз' : 'без самовывоза'}
                          {w.deliveryRadiusKm > 0 ? `, доставка до ${w.deliveryRadiusKm} км` : ', без доставки'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <MapView
                  points={items.map((w) => ({ lat: w.lat, lon: w.lon, label: w.name, kind: 'warehouse' as const }))}
                  height={280}
                  label="Мои склады на карте"
                />
              </div>
            )
          }
        </QueryView>
      </Panel>
      {adding && (
        <Panel
          title="Новый склад"
          actions={
            <Button small onClick={() => setAdding(false)}>
              Отмена
            </Button>
          }
        >
          <WarehouseForm
            submitText="Создать склад"
            busy={create.isPending}
            error={create.error}
            onSubmit={(b) => create.mutate(b)}
          />
        </Panel>
      )}
    </div>
  );
}
