import { useQuery } from '@tanstack/react-query';
import { ROLE_NAMES } from '../../auth/auth';
import { formatDateTime } from '../../lib/format';
import { Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { auditPage, user as fetchUser, type AuditEntry } from './admin-api';
import { Cell } from './Cell';
import { AUDIT_ACTION, label, TAX_REGIME } from './labels';

/** Who did what to this account, when and why — newest first. */
export function UserAudit({ userId }: { userId: string }) {
  const list = useCursorList(['admin', 'user', userId, 'audit'], (cursor) => auditPage(userId, cursor));
  return (
    <Panel title="Журнал действий">
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.items.length === 0 ? (
        <Empty title="Записей нет">Здесь появятся вход, блокировки и изменения учётной записи.</Empty>
      ) : (
        <table className="list" data-testid="audit-trail">
          <thead>
            <tr>
              <th>Когда</th>
              <th>Что</th>
              <th>Кто</th>
              <th>Почему</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((e) => (
              <tr key={e.id}>
                <Cell label="Когда">{formatDateTime(e.at)}</Cell>
                <Cell long label="Что">
                  {label(AUDIT_ACTION, e.action)}
                  <Details entry={e} />
                </Cell>
                <Cell label="Кто">
                  <Actor actorId={e.actorId} subjectId={userId} />
                </Cell>
                <Cell long label="Почему">
                  {e.reason ?? '—'}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton list={list} />
    </Panel>
  );
}

/** The person behind an entry: the account itself, another (an admin), or the system. */
function Actor({ actorId, subjectId }: { actorId: string | null; subjectId: string }) {
  const query = useQuery({
    queryKey: ['admin', 'user', actorId],
    queryFn: () => fetchUser(actorId!),
    enabled: !!actorId && actorId !== subjectId,
  });
  if (!actorId) return <>система</>;
  if (actorId === subjectId) return <>сам пользователь</>;
  if (!query.data) return <span className="muted">…</span>;
  return (
    <>
      {query.data.name} <span className="muted small">({ROLE_NAMES[query.data.role].toLowerCase()})</span>
    </>
  );
}

function Details({ entry }: { entry: AuditEntry }) {
  const d = entry.details;
  const parts: string[] = [];
  if (typeof d.taxRegime === 'string') parts.push(label(TAX_REGIME, d.taxRegime));
  if (typeof d.account === 'string') parts.push(`счёт ${d.account}`);
  if (d.removed === true) parts.push('реквизиты удалены');
  if (typeof d.revokedSessions === 'number' && d.revokedSessions > 0)
    parts.push(`завершено сеансов: ${d.revokedSessions}`);
  if (typeof d.role === 'string' && d.role in ROLE_NAMES)
    parts.push(ROLE_NAMES[d.role as keyof typeof ROLE_NAMES].toLowerCase());
  if (parts.length === 0) return null;
  return <div className="small muted">{parts.join('; ')}</div>;
}
