import { describe, expect, it } from 'vitest';
import { safeNext } from '../../web/src/auth/safe-next';

const ORIGIN = 'https://tutuu.example';

describe('where login sends the user back (?next=)', () => {
  it('keeps a path of this site with its query and hash', () => {
    expect(safeNext('/orders/42?tab=pay#part', ORIGIN)).toBe('/orders/42?tab=pay#part');
    expect(safeNext('/', ORIGIN)).toBe('/');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\tevil',
      'javascript:alert(1)',
      '/%0d%0aLocation: x',
    ]) {
      const kept = safeNext(next, ORIGIN);
      if (kept !== null) expect(new URL(kept, ORIGIN).origin, String(next)).toBe(ORIGIN);
      if (next && /^(https?:|\/\/|\/\\|\\|javascript:)/.test(next)) expect(kept, next).toBeNull();
    }
    expect(safeNext('/\tevil', ORIGIN)).toBeNull();
  });
});
