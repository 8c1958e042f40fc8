import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { ownedOr404 } from '../ownership.js';
import { canTrade } from '../principal.js';

const row = { id: 'o1', sellerId: 'seller-a' };
const owner = (r: typeof row) => r.sellerId;

function thrown(f: () => unknown): NotFoundError | undefined {
  try {
    f();
  } catch (e) {
    return e as NotFoundError;
  }
  return undefined;
}

describe('ownedOr404', () => {
  it('gives the owner its row', () => {
    expect(ownedOr404(row, { userId: 'seller-a', role: 'seller' }, owner, 'offer')).toBe(row);
  });

  it("answers someone else's row exactly like a missing one", () => {
    const other = thrown(() => ownedOr404(row, { userId: 'seller-b', role: 'seller' }, owner, 'offer'));
    const missing = thrown(() => ownedOr404(undefined, { userId: 'seller-b', role: 'seller' }, owner, 'offer'));
    expect(other).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect([other!.code, other!.message]).toEqual([missing!.code, missing!.message]);
  });

  it('lets admins see everything', () => {
    expect(ownedOr404(row, { userId: 'x', role: 'admin' }, owner, 'offer')).toBe(row);
  });
});

describe('canTrade', () => {
  it('needs approval for sellers and carriers only', () => {
    expect(canTrade({ role: 'seller', status: 'pending' })).toBe(false);
    expect(canTrade({ role: 'seller', status: 'approved' })).toBe(true);
    expect(canTrade({ role: 'carrier', status: 'suspended' })).toBe(false);
    expect(canTrade({ role: 'customer', status: 'active' })).toBe(true);
    expect(canTrade({ role: 'customer', status: 'suspended' })).toBe(false);
  });
});
