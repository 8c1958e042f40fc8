import { sql } from 'drizzle-orm';
import { bigint, timestamp } from 'drizzle-orm/pg-core';

/** Column kinds every module's tables use alike (times in UTC, money in kopecks). */

/** An instant, stored with its time zone, read as a Date. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Money in integer kopecks, read as a number (amounts stay far below 2^53). */
export const kopecks = (name: string) => bigint(name, { mode: 'number' });

/** A fixed list of our own constants for a check constraint: `status in (${inList(STATUSES)})`. */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
