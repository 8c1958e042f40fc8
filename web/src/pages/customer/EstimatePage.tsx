import './customer.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api';
import { formatDateTime, formatNumber } from '../../lib/format';
import { Button, Panel } from '../../ui/controls';
import { ErrorNotice, Loading } from '../../ui/states';
import { saveBlob } from '../../lib/download';
import { EstimateEditor } from './EstimateEditor';
import { EstimateLines } from './EstimateLines';
import { EstimateVersions } from './EstimateVersions';
import {
  deleteEstimate,
  estimatePdf,
  estimateToCart,
  estimateXlsx,
  getEstimate,
  revokeShare,
  shareEstimate,
  type SavedEstimate,
  type ToCartResult,
} from './estimates-api';

export default function EstimatePage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['estimate', id], queryFn: () => getEstimate(id) });
  if (q.isPending) return <Loading label="Пересчитываем смету по текущим ценам…" />;
  if (q.error instanceof ApiError && q.error.status === 404)
    return (
      <section className="panel empty">
        <h1>Смета не найдена</h1>
        <Link to="/estimates">Все сметы</Link>
      </section>
    );
  if (!q.data) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  return <EstimateView saved={q.data} />;
}

function EstimateView({ saved }: { saved: SavedEstimate }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const toCart = useMutation({
    mutationFn: () => estimateToCart(saved.id, saved.version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cart'] }),
  });
  const pdf = useMutation({
    mutationFn: () => estimatePdf(saved.id),
    onSuccess: (b) => saveBlob(b as Blob, `${saved.title}.pdf`),
  });
  const xlsx = useMutation({
    mutationFn: () => estimateXlsx(saved.id),
    onSuccess: (b) => saveBlob(b as Blob, `${saved.title}.xlsx`),
  });
  const remove = useMutation({
    mutationFn: () => deleteEstimate(saved.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['estimates'] });
      navigate('/estimates');
    },
  });
  return (
    <div className="stack">
      <p>
        <Link to="/estimates">← Все сметы</Link>
      </p>
      <h1>{saved.title}</h1>
      <p className="muted">
        Версия {saved.version} · сохранена {formatDateTime(saved.updatedAt)}
      </p>
      <div className="row">
        <Button kind="primary" busy={toCart.isPending} onClick={() => toCart.mutate()}>
          В корзину
        </Button>
        <Button busy={pdf.isPending} onClick={() => pdf.mutate()}>
          Скачать PDF
        </Button>
        <Button busy={xlsx.isPending} onClick={() => xlsx.mutate()}>
          Скачать XLSX
        </Button>
        <Button onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {editing ? 'Закрыть редактор' : 'Изменить'}
        </Button>
        <Button
          kind="danger"
          busy={remove.isPending}
          onClick={() => confirm(`Удалить смету «${saved.title}» со всеми версиями?`) && remove.mutate()}
        >
          Удалить
        </Button>
      </div>
      {[toCart.error, pdf.error, xlsx.error, remove.error].map((e, i) => e && <ErrorNotice key={i} error={e} />)}
      {toCart.data && <ToCartReport result={toCart.data} />}
      {editing && (
        <Panel title="Изменить смету">
          <EstimateEditor saved={saved} onSaved={() => setEditing(false)} />
        </Panel>
      )}
      <Panel title="По сегодняшним ценам">
        <EstimateLines estimate={saved.estimate} savedTotalMinor={saved.savedTotalMinor} />
      </Panel>
      <Panel title="Ссылки для просмотра">
        <Shares saved={saved} />
      </Panel>
      <Panel title="Версии">
        <EstimateVersions id={saved.id} current={saved.version} />
      </Panel>
    </div>
  );
}

function ToCartReport({ result }: { result: ToCartResult }) {
  return (
    <section className="notice notice-ok stack" role="status" aria-label="Что попало в корзину">
      <p>
        В корзину добавлено позиций: {result.added.length}. <Link to="/cart">Перейти в корзину</Link>
      </p>
      {result.added.length > 0 && (
        <ul className="small" style={{ paddingLeft: '1rem' }}>
          {result.added.map((a, i) => (
            <li key={i}>
              {a.name} — {formatNumber(a.quantity)} {a.unit} ({a.sellerName})
            </li>
          ))}
        </ul>
      )}
      {result.skipped.length > 0 && (
        <>
          <p>Не добавлено:</p>
          <ul className="small" style={{ paddingLeft: '1rem' }}>
            {result.skipped.map((s, i) => (
              <li key={i}>
                {s.name}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Shares({ saved }: { saved: SavedEstimate }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['estimate', saved.id] });
  const make = useMutation({ mutationFn: () => shareEstimate(saved.id), onSuccess: refresh });
  const revoke = useMutation({ mutationFn: (shareId: string) => revokeShare(saved.id, shareId), onSuccess: refresh });
  const url = make.data ? `${window.location.origin}/estimates/shared/${make.data.token}` : '';
  return (
    <div className="stack">
      <p className="small muted">
        По ссылке смету можно посмотреть и скопировать себе без входа. Ссылка показывается один раз.
      </p>
      {make.data && (
        <div className="row">
          <label className="visually-hidden" htmlFor="share-url">
            Новая ссылка
          </label>
          <input
            id="share-url"
            readOnly
            value={url}
            onFocus={(e) => e.target.select()}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button small onClick={() => void navigator.clipboard?.writeText(url)}>
            Копировать
          </Button>
        </div>
      )}
      <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
        {saved.shares.map((s) => (
          <li key={s.id} className="spread">
            <span>Ссылка от {formatDateTime(s.createdAt)}</span>
            <Button
              small
              kind="danger"
              busy={revoke.isPending && revoke.variables === s.id}
              onClick={() => revoke.mutate(s.id)}
            >
              Отозвать
            </Button>
          </li>
        ))}
      </ul>
      {(make.error || revoke.error) && <ErrorNotice error={make.error ?? revoke.error} />}
      <div>
        <Button busy={make.isPending} onClick={() => make.mutate()}>
          Создать ссылку
        </Button>
      </div>
    </div>
  );
}
