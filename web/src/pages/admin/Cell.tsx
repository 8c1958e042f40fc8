import type { ReactNode } from 'react';

/**
 * A table.list cell: on phones the row becomes a card of «label: value» lines, so the value is
 * one block. `long` values (emails, addresses, reasons) may break anywhere rather than widen the
 * page; short ones (a role, a button) never break inside a word.
 */
export function Cell({
  label,
  className,
  long,
  children,
}: {
  label: string;
  className?: string;
  long?: boolean;
  children: ReactNode;
}) {
  return (
    <td data-label={label} className={className}>
      <div style={long ? { minWidth: 0, overflowWrap: 'anywhere' } : { minWidth: 0 }}>{children}</div>
    </td>
  );
}
