/**
 * At most `size` of the tasks given to the returned function run at once; the rest wait in the
 * order they came. A finishing task hands its slot straight to the next in line, so a newcomer
 * cannot jump the queue.
 */
export function slots(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`slots: size must be a positive integer, got ${size}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < size) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
