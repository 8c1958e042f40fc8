import type { ReactNode } from 'react';
import { messageFor } from '../lib/problems';
import { Button } from './controls';

export function Loading({ label = 'Загружаем…' }: { label?: string }) {
  return (
    <div className="row muted" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** The Russian text of a failed call, with «Повторить» when the caller can retry. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <span>{messageFor(error)}</span>
      {onRetry && (
        <>
          {' '}
          <Button small onClick={onRetry}>
            Повторить
          </Button>
        </>
      )}
    </div>
  );
}

/** An empty list says what to do next. */
export function Empty({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <h3>{title}</h3>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

/** Loading / error / content for a query, in one place. */
export function QueryView<T>({
  query,
  children,
  loading,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
  loading?: string;
}) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.error || query.data === undefined)
    return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
