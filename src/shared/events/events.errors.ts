import { DomainError } from '../errors.js';

export class DeadItemNotFoundError extends DomainError {
  constructor() {
    super('not_found', 'EVENTS.NOT_FOUND', 'no event or deadline with this id');
  }
}

export class NotDeadError extends DomainError {
  constructor(currentStatus: string) {
    // Not `status`: that member of a problem document is the HTTP status code.
    super('conflict', 'EVENTS.NOT_DEAD', `only a dead event or deadline can be retried; this one is ${currentStatus}`, {
      currentStatus,
    });
  }
}

/** The same deadline was scheduled again since this one died: reviving it would make two. */
export class DeadlineSupersededError extends DomainError {
  constructor() {
    super(
      'conflict',
      'EVENTS.DEADLINE_SUPERSEDED',
      'a newer deadline of the same kind and key is pending; this dead one cannot be retried',
    );
  }
}
