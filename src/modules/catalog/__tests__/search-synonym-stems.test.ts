/** The synonym dictionary's stems, computed ahead by `npm run gen:synonyms`, are what the database reads now. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dictionaryStems, synonymSets } from '../search.query.js';
import { SYNONYM_STEMS } from '../search.synonym-stems.js';
import { openTestDatabase } from '../../../../test/context.js';
import type { Database } from '../../../shared/db/database.js';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(() => drop?.());

it('every phrase of the dictionary has the stems the database gives it, and no other phrase has any', async () => {
  expect(SYNONYM_STEMS, 'run npm run gen:synonyms').toStrictEqual(await dictionaryStems(database.db));
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
