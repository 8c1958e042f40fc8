import { describe, expect, it } from 'vitest';
import { slots } from '../slots.js';

/** A task that runs until its test says so, noting when it started. */
function gate(started: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (err: Error) => void;
  const done = new Promise<string>((resolve, reject) => ((finish = resolve), (fail = reject)));
  return {
    task: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(name),
    fail: () => fail(new Error(name)),
  };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('slots', () => {
  it('runs at most its size at once, the rest in the order they came, and frees a failed task’s slot', async () => {
    const run = slots(2);
    const started: string[] = [];
    const gates = ['a', 'b', 'c', 'd', 'e'].map((n) => gate(started, n));
    const results = gates.map((g) => run(g.task).catch((e: Error) => `failed ${e.message}`));
    await settle();
    expect(started).toEqual(['a', 'b']);

    gates[1]!.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);

    gates[0]!.fail();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);

    // A newcomer while d and c run waits behind e.
    const late = gate(started, 'f');
    const lateResult = run(late.task);
    gates[2]!.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);

    gates[3]!.finish();
    gates[4]!.finish();
    late.finish();
    expect(await Promise.all([...results, lateResult])).toEqual(['failed a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('refuses a size that would run nothing', () => {
    expect(() => slots(0)).toThrow(RangeError);
    expect(() => slots(1.5)).toThrow(RangeError);
  });
});
