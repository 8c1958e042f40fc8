/**
 * Russian registration plates (ГОСТ Р 50577-2018), validated and written one way: Cyrillic letters
 * upper-case, no spaces (docs/domain.md, Logistics — Vehicles). The forms a carrier's truck can
 * carry on the road:
 * - standard (type 1), cars and trucks: letter, 3 digits, 2 letters, region — А123ВС77, А123ВС777;
 * - trailer and semi-trailer (type 2): 2 letters, 4 digits, region — АВ123477 (a длинномер is often
 *   known by its semi-trailer);
 * - transit (type 15), a truck driven to its registration: 2 letters, 3 digits, letter, region — АВ123С77.
 * Not taken: taxi and bus plates (type 1Б, ХХ000 + region: passenger transport), motorcycle,
 * tractor and special-machinery plates (0000ХХ), police, military and diplomatic ones.
 */

/** The 12 letters Russian plates use: those that look the same in Latin script. */
export const PLATE_LETTERS = 'АВЕКМНОРСТУХ';
const LATIN_LOOKALIKES = 'ABEKMHOPCTYX';

export type PlateKind = 'standard' | 'trailer' | 'transit';

export type PlateResult = { ok: true; plate: string; kind: PlateKind } | { ok: false; problem: string };

const L = `[${PLATE_LETTERS}]`;
// Each form: its number and its region; the region is checked apart so a wrong one is named.
const FORMS: readonly { kind: PlateKind; re: RegExp }[] = [
  { kind: 'standard', re: new RegExp(`^${L}(\\d{3})${L}{2}(\\d{2,3})$`) },
  { kind: 'trailer', re: new RegExp(`^${L}{2}(\\d{4})(\\d{2,3})$`) },
  { kind: 'transit', re: new RegExp(`^${L}{2}(\\d{3})${L}(\\d{2,3})$`) },
];
// A region is 01–99, or three digits from 100 (102, 750, 777, 977): never 00, never 0 before three.
const REGION = /^(0[1-9]|[1-9]\d|[1-9]\d\d)$/;

const EXPECTED = 'a Russian plate: А123ВС77 or А123ВС777 (trailer АВ123477, transit АВ123С77)';

/**
 * Upper-cases, drops spaces, hyphens and a trailing RUS, turns Latin look-alikes (A, B, E, K, M, H,
 * O, P, C, T, Y, X) into the Cyrillic letters they stand for; then checks the form.
 */
export function normalizePlate(input: string): PlateResult {
  let s = input
    .toUpperCase()
    .replace(/[\s\u00A0\u2000-\u200B-]+/g, '')
    .replace(/(RUS|РУС)$/, '');
  s = [...s].map((c) => PLATE_LETTERS[LATIN_LOOKALIKES.indexOf(c)] ?? c).join('');
  if (s.length === 0) return { ok: false, problem: `must be ${EXPECTED}` };
  const stray = [...s].find((c) => !/\d/.test(c) && !PLATE_LETTERS.includes(c));
  if (stray !== undefined) {
    return { ok: false, problem: `«${stray}» is not a plate letter: only ${PLATE_LETTERS} (or Latin look-alikes)` };
  }
  for (const form of FORMS) {
    const m = form.re.exec(s);
    if (!m) continue;
    const [, number, region] = m as unknown as [string, string, string];
    if (/^0+$/.test(number)) return { ok: false, problem: `${number} is not a plate number` };
    if (!REGION.test(region)) return { ok: false, problem: `${region} is not a region code` };
    return { ok: true, plate: s, kind: form.kind };
  }
  return { ok: false, problem: `must be ${EXPECTED}` };
}
