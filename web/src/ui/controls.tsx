import {
  cloneElement,
  isValidElement,
  useId,
  type ButtonHTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';

type ButtonKind = 'primary' | 'plain' | 'danger';

export function Button({
  kind = 'plain',
  small,
  busy,
  children,
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { kind?: ButtonKind; small?: boolean; busy?: boolean }) {
  const classes = ['btn', kind !== 'plain' && `btn-${kind}`, small && 'btn-small', className].filter(Boolean);
  return (
    <button
      type="button"
      className={classes.join(' ')}
      aria-busy={busy || undefined}
      {...rest}
      disabled={rest.disabled || busy}
    >
      {busy && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}

/**
 * A labelled control: the label, a hint and an error are tied to the input by id and
 * aria-describedby, so screen readers read them together.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id: (children.props.id as string | undefined) ?? id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })
    : children;
  const controlId = (isValidElement(children) && (children.props.id as string | undefined)) || id;
  return (
    <div className="field">
      <label htmlFor={controlId}>{label}</label>
      {control}
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function Panel({
  title,
  actions,
  children,
  level = 2,
  ...rest
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
  'aria-label'?: string;
  id?: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="panel" {...rest}>
      {(title || actions) && (
        <header>
          {title && <Heading>{title}</Heading>}
          {actions && <div className="row">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}

export function Badge({ tone, children }: { tone?: 'ok' | 'warn' | 'danger'; children: ReactNode }) {
  return <span className={tone ? `badge badge-${tone}` : 'badge'}>{children}</span>;
}

/** A determinate progress bar (0–100) or, with no value, a busy indicator. */
export function Progress({ value, label }: { value?: number; label: string }) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value === undefined ? undefined : Math.round(value)}
    >
      <div style={{ width: `${value ?? 100}%` }} />
    </div>
  );
}
