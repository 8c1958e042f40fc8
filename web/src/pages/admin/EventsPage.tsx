import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '../../lib/format';
import { Button, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { deadEventsPage, retryEvent, type DeadEvent } from './admin-api';
import { EVENT_SOURCE, label } from './labels';

/** Events and deadlines whose handlers failed every attempt: their error, and «повторить». */
export default function EventsPage() {
  const list = useCursorList(['admin', 'events', 'dead'], (cursor) => deadEventsPage(cursor));
  return (
    <>
      <h1>Сбойные события</h1>
      <p className="muted">
        События и сроки, которые не удалось обработать после всех попыток. Устраните причину ошибки и нажмите
        «Повторить» — обработка начнётся заново.
      </p>
      <Panel title="Ждут разбора">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Сбоев нет">Все события обработаны. Если что-то не сработает, оно появится здесь.</Empty>
        ) : (
          <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
            {list.items.map((e) => (
              <DeadItem key={e.id} event={e} />
            ))}
          </ul>
        )}
        <MoreButton list={list} />
      </Panel>
    </>
  );
}

function DeadItem({ event: e }: { event: DeadEvent }) {
  const qc = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retryEvent(e.id),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'events'] }),
  });
  return (
    <li className="panel">
      <div className="spread">
        <h3 style={{ margin: 0 }}>
          {label(EVENT_SOURCE, e.source)} <code>{e.type}</code>
        </h3>
        <Button kind="primary" small busy={retry.isPending} onClick={() => retry.mutate()}>
          Повторить
        </Button>
      </div>
      <p className="small">
        Попыток: {e.attempts}; создано {formatDateTime(e.createdAt)}; остановлено {formatDateTime(e.failedAt)}
        {e.dueAt && `; срок ${formatDateTime(e.dueAt)}`}
        {e.key && (
          <>
            ; объект <code style={{ overflowWrap: 'anywhere' }}>{e.key}</code>
          </>
        )}
      </p>
      {/* The handler's own error text: for staff who fix the cause, so it is shown as it was logged. */}
      <pre className="small" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>
        {e.lastError ?? 'Текст ошибки не сохранён'}
      </pre>
      {retry.error && <ErrorNotice error={retry.error} />}
    </li>
  );
}
