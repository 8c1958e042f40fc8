/**
 * БИК and account numbers of Russian banks, with the Bank of Russia control key (Положение
 * Банка России № 579-П): 23 digits — 3 taken from the БИК, then the 20 of the account — are
 * weighted 7, 1, 3, 7, 1, 3, …; the last digits of the products must sum to a multiple of 10.
 */
const WEIGHTS = [7, 1, 3];

/** The control key holds for these 23 digits. */
function keyHolds(digits23: string): boolean {
  let sum = 0;
  for (let i = 0; i < 23; i++) sum += (Number(digits23[i]) * WEIGHTS[i % 3]!) % 10;
  return sum % 10 === 0;
}

/** Why a БИК is refused, or null: 9 digits. */
export function bikProblem(bik: string): string | null {
  return /^\d{9}$/.test(bik) ? null : 'БИК must have 9 digits';
}

/** The three digits a settlement account (р/с) is keyed with: the last three of the БИК. */
const accountPrefix = (bik: string) => bik.slice(6, 9);
/** The three digits a correspondent account (к/с) is keyed with: "0" and the 5th–6th of the БИК. */
const corrAccountPrefix = (bik: string) => `0${bik.slice(4, 6)}`;

function accountCheck(account: string, bik: string, prefix: string, what: string): string | null {
  if (!/^\d{20}$/.test(account)) return `${what} must have 20 digits`;
  if (bikProblem(bik)) return `${what} cannot be checked without a valid БИК`;
  return keyHolds(prefix + account) ? null : `${what} does not match the БИК (control key is wrong)`;
}

/** Why a расчётный счёт is refused for this БИК, or null. */
export function accountProblem(account: string, bik: string): string | null {
  return accountCheck(account, bik, accountPrefix(bik), 'the account');
}

/** Why a корреспондентский счёт is refused for this БИК, or null. */
export function corrAccountProblem(corrAccount: string, bik: string): string | null {
  return accountCheck(corrAccount, bik, corrAccountPrefix(bik), 'the correspondent account');
}

/**
 * The 20-digit account with its control digit (the 9th) set so that it keys with this БИК:
 * for test data and the demo, never for what people type.
 */
export function withControlDigit(account: string, bik: string, kind: 'account' | 'corr' = 'account'): string {
  const prefix = kind === 'account' ? accountPrefix(bik) : corrAccountPrefix(bik);
  for (let d = 0; d <= 9; d++) {
    const candidate = `${account.slice(0, 8)}${d}${account.slice(9)}`;
    if (keyHolds(prefix + candidate)) return candidate;
  }
  throw new RangeError(`no control digit keys ${account} with ${bik}`);
}
