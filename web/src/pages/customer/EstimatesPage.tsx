import './customer.css';
import { Link } from 'react-router';
import { countOf, formatDateTime, formatMoney } from '../../lib/format';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { listEstimates } from './estimates-api';

export default function EstimatesPage() {
  const list = useCursorList(['estimates'], (cursor) => listEstimates(cursor));
  return (
    <div className="stack">
      <div className="spread">
        <h1>Мои сметы</h1>
        <Link className="btn btn-primary" to="/estimate">
          Новая смета
        </Link>
      </div>
      <section className="panel">
        {list.isPending ? (
          <Loading label="Загружаем сметы…" />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty
            title="Сохранённых смет нет"
            action={
              <Link className="btn btn-primary" to="/estimate">
                Посчитать смету
              </Link>
            }
          >
            Посчитайте материалы в калькуляторе и сохраните смету — здесь она будет пересчитываться по текущим ценам.
          </Empty>
        ) : (
          <table className="list">
            <caption className="visually-hidden">Сохранённые сметы</caption>
            <thead>
              <tr>
                <th>Смета</th>
                <th>Работы</th>
                <th>Версия</th>
                <th>Изменена</th>
                <th>Сумма при сохранении</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((e) => (
                <tr key={e.id}>
                  <td data-label="Смета">
                    <Link to={`/estimates/${e.id}`}>{e.title}</Link>
                  </td>
                  <td data-label="Работы">{countOf(e.jobs, ['работа', 'работы', 'работ'])}</td>
                  <td data-label="Версия">{e.version}</td>
                  <td data-label="Изменена">{formatDateTime(e.updatedAt)}</td>
                  <td data-label="Сумма при сохранении" className="num">
                    {formatMoney(e.savedTotalMinor)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton list={list} />
      </section>
    </div>
  );
}
