/** SearchCache's limits: answers by count and by bytes, least recently used first. */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../shared/clock.js';
import { SEARCH_ANSWER_MAX_AGE_MS, SearchCache } from '../search.cache.js';

const bytes = (n: number, fill = 'x') => Buffer.alloc(n, fill);

describe('SearchCache', () => {
  it('keeps its answers within the byte budget, dropping the least recently used', () => {
    const cache = new SearchCache(10, new ManualClock(new Date('2026-11-28T10:00:00Z')), 100);
    cache.set('a', 1, bytes(40, 'a'));
    cache.set('b', 1, bytes(40, 'b'));
    expect(cache.get('a', 1)?.toString()).toBe('a'.repeat(40)); // a is now the most recent
    cache.set('c', 1, bytes(40, 'c'));
    expect(cache.get('b', 1)).toBeUndefined();
    expect([cache.size, cache.byteSize]).toEqual([2, 80]);

    // Replacing an answer counts its new size only.
    cache.set('a', 1, bytes(10));
    expect(cache.byteSize).toBe(50);
    // An answer over the whole budget is not kept, and evicts nothing.
    cache.set('huge', 1, bytes(101));
    expect(cache.get('huge', 1)).toBeUndefined();
    expect([cache.size, cache.byteSize]).toEqual([2, 50]);
  });

  it('gives back the bytes of answers it finds stale or too old', () => {
    const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
    const cache = new SearchCache(10, clock, 100);
    cache.set('a', 1, bytes(30));
    cache.set('b', 1, bytes(30));
    expect(cache.get('a', 2)).toBeUndefined();
    expect([cache.size, cache.byteSize]).toEqual([1, 30]);
    clock.advance(SEARCH_ANSWER_MAX_AGE_MS + 1);
    expect(cache.get('b', 1)).toBeUndefined();
    expect([cache.size, cache.byteSize]).toEqual([0, 0]);
  });

  it('keeps no more answers than its capacity', () => {
    const cache = new SearchCache(2, new ManualClock(new Date('2026-11-28T10:00:00Z')), 1000);
    for (const key of ['a', 'b', 'c']) cache.set(key, 1, bytes(5));
    expect([cache.get('a', 1), cache.size, cache.byteSize]).toEqual([undefined, 2, 10]);
  });
});
