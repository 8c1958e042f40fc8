/** The synonym dictionary's stems, computed ahead by `npm run gen:synonyms`, are what the database reads now. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stemPhrases, synonymPhrases, synonymSets } from '../search.query.js';
import { SYNONYM_STEMS } from '../search.synonym-stems.js';
import { SEARCH_SYNONYMS } from '../search.synonyms.js';
import { openTestDatabase } from '../../../../test/context.js';
import type { Database } from '../../../shared/db/database.js';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(() => drop?.());

it('every phrase of the dictionary has the stems the database gives it, and no other phrase has any', async () => {
  const phrases = [...new Set(synonymPhrases(SEARCH_SYNONYMS).map((p) => p.phrase))];
  const stems = await stemPhrases(database.db, phrases);
  const expected = Object.fromEntries(phrases.map((phrase, i) => [phrase, stems[i]]));
  expect(SYNONYM_STEMS, 'run npm run gen:synonyms').toStrictEqual(expected);
});

it('a set is its phrases with stems, and a set left with one phrase is no set', () => {
  const sets = synonymSets(['профлист, профнастил', 'болгарка, ушм, незнакомое', 'одно, другое'], {
    профлист: ['профлист'],
    профнастил: ['профнастил'],
    болгарка: ['болгарк'],
    ушм: ['ушм'],
    одно: ['одн'],
  });
  expect(sets).toStrictEqual([
    [['профлист'], ['профнастил']],
    [['болгарк'], ['ушм']],
  ]);
});
