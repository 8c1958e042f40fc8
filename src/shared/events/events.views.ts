import type { DeadItem, RequeuedItem } from './events.types.js';
import type { DeadlineRow, OutboxRow } from './relay.repository.js';

function identity(row: OutboxRow | DeadlineRow) {
  return 'kind' in row
    ? { id: row.id, source: 'deadline' as const, type: row.kind, key: row.key }
    : { id: row.id, source: 'event' as const, type: row.type, key: row.key };
}

export function toDeadItem(row: OutboxRow | DeadlineRow): DeadItem {
  return {
    ...identity(row),
    payload: row.payload,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    failedAt: row.updatedAt.toISOString(),
    dueAt: 'dueAt' in row ? row.dueAt.toISOString() : null,
  };
}

export function toRequeuedItem(row: OutboxRow | DeadlineRow): RequeuedItem {
  return {
    ...identity(row),
    status: 'pending',
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
  };
}
