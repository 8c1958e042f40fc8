import { fromMilli, toMilli } from '../../../shared/decimal.js';

/**
 * What returning `quantity` of a line pays back, given how much of it came back before: the
 * line's total shared out by quantity, so that returning a line in several parts pays back
 * exactly its total, kopeck for kopeck (each part is the difference of two roundings).
 */
export function returnedShareMinor(
  line: { quantity: string; totalMinor: number },
  before: string,
  quantity: string,
): number {
  const whole = toMilli(line.quantity);
  const share = (returned: bigint) => (BigInt(line.totalMinor) * returned * 2n + whole) / (whole * 2n);
  const from = toMilli(before);
  return Number(share(from + toMilli(quantity)) - share(from));
}

/** What is left of a line to return: its quantity less what came back or is asked back already. */
export function remainingQuantity(lineQuantity: string, returned: string): string {
  return fromMilli(toMilli(lineQuantity) - toMilli(returned));
}
