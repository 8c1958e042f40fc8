import type { ReactNode } from 'react';

/**
 * A table.list cell: on phones the row becomes a card of «label: value» lines, so the value is
 * one block that wraps (a long email or ИНН line must not widen the page).
 */
export function Cell({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td data-label={label} className={className}>
      <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children}</div>
    </td>
  );
}
