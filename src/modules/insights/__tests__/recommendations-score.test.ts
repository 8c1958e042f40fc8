/** The pair scores by hand: lift, confidence, the shrunk lift's pull toward 1, Russian number words. */
import { describe, expect, it } from 'vitest';
import { pathLadder } from '../recommendations/candidates.js';
import { confidence, lift, ordersRu, pairScore, shrunkLift } from '../recommendations/score.js';

describe('pair scores', () => {
  it('lift and confidence of a pair: 42 of 1000 orders hold both, 120 and 70 each', () => {
    const s = { support: 42, nA: 120, nB: 70, total: 1000 };
    expect(lift(s)).toBeCloseTo((42 * 1000) / (120 * 70), 12); // 5
    expect(lift(s)).toBe(5);
    expect(confidence(s)).toBe(0.35);
    // (42 + K) / (8.4 + K): K = 100 served, 5 to see the pull weaken
    expect(shrunkLift(s)).toBeCloseTo(142 / 108.4, 12);
    expect(shrunkLift(s, 5)).toBeCloseTo(47 / 13.4, 12);
  });

  it('shrinks a pair seen 3 times among rare products below one seen 300 times, which plain lift ranks the other way', () => {
    const rare = { support: 3, nA: 3, nB: 3, total: 10_000 };
    const common = { support: 300, nA: 1000, nB: 600, total: 10_000 };
    expect(lift(rare)).toBeGreaterThan(lift(common));
    expect(pairScore(common)).toBeGreaterThan(pairScore(rare));
    expect(pairScore(rare, 'lift')).toBe(lift(rare));
  });

  it('says orders in Russian', () => {
    expect([1, 3, 5, 11, 21, 42, 112].map(ordersRu)).toEqual([
      '1 заказ',
      '3 заказа',
      '5 заказов',
      '11 заказов',
      '21 заказ',
      '42 заказа',
      '112 заказов',
    ]);
  });

  it('climbs a category path to the root', () => {
    expect(pathLadder('/kirpich/kirpich-ryadovoj/')).toEqual(['/kirpich/kirpich-ryadovoj/', '/kirpich/', '/']);
    expect(pathLadder('/')).toEqual(['/']);
  });
});
