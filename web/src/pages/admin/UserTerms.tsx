import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime } from '../../lib/format';
import { Panel } from '../../ui/controls';
import { QueryView } from '../../ui/states';
import { requisites, taxRegimes } from './admin-api';
import { label, TAX_REGIME } from './labels';

/** A seller's or carrier's bank requisites and tax regimes (current and scheduled). */
export function UserTerms({ userId }: { userId: string }) {
  const bank = useQuery({ queryKey: ['admin', 'user', userId, 'requisites'], queryFn: () => requisites(userId) });
  const regimes = useQuery({ queryKey: ['admin', 'user', userId, 'regimes'], queryFn: () => taxRegimes(userId) });
  return (
    <div className="grid">
      <Panel title="Банковские реквизиты">
        <QueryView query={bank}>
          {({ bank: b }) =>
            b ? (
              <dl className="stack">
                <div>
                  <dt className="muted">Банк</dt>
                  <dd style={{ margin: 0 }}>{b.bankName}</dd>
                </div>
                <div>
                  <dt className="muted">БИК</dt>
                  <dd className="num" style={{ margin: 0 }}>
                    {b.bik}
                  </dd>
                </div>
                <div>
                  <dt className="muted">Корр. счёт</dt>
                  <dd className="num" style={{ margin: 0 }}>
                    {b.corrAccount}
                  </dd>
                </div>
                <div>
                  <dt className="muted">Расчётный счёт</dt>
                  <dd className="num" style={{ margin: 0 }}>
                    {b.account}
                  </dd>
                </div>
              </dl>
            ) : (
              <p className="muted">Реквизиты не указаны: заказы по счёту этой компании недоступны.</p>
            )
          }
        </QueryView>
      </Panel>
      <Panel title="Налоговый режим">
        <QueryView query={regimes}>
          {(r) => (
            <>
              <p>
                Сейчас: <strong>{label(TAX_REGIME, r.current)}</strong>
              </p>
              <ul className="stack small">
                {r.items.map((i, n) => (
                  <li key={n}>
                    {label(TAX_REGIME, i.taxRegime)} — {i.startsOn ? `с ${formatDate(i.startsOn)}` : 'с начала работы'}
                    {i.recordedAt && <span className="muted"> (записано {formatDateTime(i.recordedAt)})</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </QueryView>
      </Panel>
    </div>
  );
}
