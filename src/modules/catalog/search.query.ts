import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../shared/db/database.js';
import { SYNONYM_STEMS } from './search.synonym-stems.js';
import { SEARCH_SYNONYMS } from './search.synonyms.js';

/** A text query read into what the search statement matches (docs/domain.md "Search"). */
export interface TextQuery {
  q: string;
  /** A tsquery (its text form): every word group must match; null when q has no word at all. */
  match: string | null;
  /** The query's codes (letters with digits, e.g. hr2470, m500) as a tsquery on the name only. */
  models: string | null;
  /** Spellings of q that may equal a SKU or an EAN. */
  codes: string[];
}

/** A word the catalogue does not have is replaced by its closest known words, up to this many. */
const CANDIDATES_MAX = 3;
/** Trigram similarity of transliteration keys a candidate needs, and how far below the best it may be. */
const CANDIDATE_MIN = 0.3;
const CANDIDATE_BAND = 0.08;
/** How close a known word's spelling in the other alphabet must sound to count as the same word. */
const TWIN_MIN = 0.5;

/**
 * A word this short may only become a word that sounds the same (урса, URSA): one changed letter
 * makes most of its trigrams differ, so a «typo» candidate is mostly another word (клей, клеммы).
 */
const FUZZY_WORD_MIN = 5;

const latin = (word: string) => /[a-z]/.test(word);

/** The reviewed dictionary's sets, built once per process. */
const SYNONYM_SETS = synonymSets(SEARCH_SYNONYMS, SYNONYM_STEMS);

interface QueryWord {
  /** The word as typed (after catalog.search_text). */
  token: string;
  lexeme: string;
  known: boolean;
  candidates: { word: string; s: number }[] | null;
}

/**
 * Reads a query the way the catalogue is written: the words' stems in order (after
 * catalog.search_text), synonyms from the reviewed dictionary, and for a word the catalogue does
 * not have, the catalogue words that sound the same (transliteration) or nearly (a typo).
 */
export class SearchQueryReader {
  /** How the reading statement runs: as any query, or (search) from a plan kept on the connection. */
  constructor(private readonly rows: <T>(ex: Executor, statement: SQL) => Promise<T[]> = queryRows) {}

  async read(q: string, ex: Executor): Promise<TextQuery> {
    const words = await this.words(q, ex);
    const groups = groupWords(words, SYNONYM_SETS);
    const models = words.map((w) => w.lexeme).filter((l) => /\d/.test(l) && /\p{L}/u.test(l));
    return {
      q,
      match: groups.length ? groups.join(' & ') : null,
      models: models.length ? models.map((l) => `${quote(l)}:A`).join(' & ') : null,
      codes: [...new Set([q.trim(), q.trim().toUpperCase()])],
    };
  }

  /** The query's stems in order, each with the known words closest to it when it is not known. */
  private async words(q: string, ex: Executor): Promise<QueryWord[]> {
    // Each word as typed beside its stem: a foreign name sounds closer unstemmed («тайтан» is
    // Tytan; its stem «тайта» is not), so candidates are the closer of the two. The stem is what
    // ts_debug('russian', …) gives (the first of the token type's dictionaries that knows the
    // word), read here from the parser and the configuration's map directly: ts_debug, a function
    // the planner cannot inline, plans its body on every call (0.5 against 0.3 ms in psql).
    return this.rows<QueryWord>(
      ex,
      sql`with d as (
            select p.ord, p.token,
                   (select ts_lexize(m.mapdict::regdictionary, p.token)
                    from pg_catalog.pg_ts_config_map m
                    where m.mapcfg = 'russian'::regconfig and m.maptokentype = p.tokid
                    order by ts_lexize(m.mapdict::regdictionary, p.token) is null, m.mapseqno
                    limit 1) as lexemes
            from ts_parse('default', catalog.search_text(${q}, true)) with ordinality as p(tokid, token, ord)
          ), t as (
            select d.ord, d.token, d.lexemes[1] as lexeme,
                   catalog.search_key(d.lexemes[1]) as stem_key, catalog.search_key(lower(d.token)) as token_key
            from d
            where cardinality(d.lexemes) > 0
          )
          select t.token, t.lexeme, k.known,
            -- A key under 3 letters («шшшш» is «s») sounds like too much to stand for anything.
            case when t.lexeme ~ '[[:alpha:]]' and length(t.stem_key) >= 3 then
              (select coalesce(json_agg(json_build_object('word', c.word, 's', c.s) order by c.s desc, c.word), '[]'::json)
               from (select m.word, max(m.s)::float8 as s
                     from (select w.word, similarity(w.key, t.stem_key) as s
                           from catalog.search_words w where w.key % t.stem_key
                           -- The word as typed only when it sounds otherwise than its stem (most do not).
                           union all
                           select w.word, similarity(w.key, t.token_key)
                           from catalog.search_words w where t.token_key <> t.stem_key and w.key % t.token_key) m
                     group by m.word
                     order by s desc, m.word
                     limit ${CANDIDATES_MAX * 2}) c)
            end as candidates
          from t
          cross join lateral (select exists (select 1 from catalog.search_words w where w.word = t.lexeme) as known) k
          order by t.ord`,
    );
  }
}

/** The dictionary's phrases, each with the set (line) it belongs to. */
export function synonymPhrases(lines: readonly string[]): { set: number; phrase: string }[] {
  return lines.flatMap((line, set) =>
    line
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((phrase) => ({ set, phrase })),
  );
}

/**
 * The sets as their phrases' stems. The stems are computed ahead (npm run gen:synonyms), not by a
 * statement at every process's first search. A phrase without stems is left out; a test keeps
 * the file in step.
 */
export function synonymSets(
  lines: readonly string[],
  stems: Readonly<Record<string, readonly string[]>>,
): string[][][] {
  const sets: string[][][] = lines.map(() => []);
  for (const { set, phrase } of synonymPhrases(lines)) {
    const lexemes = stems[phrase];
    if (lexemes?.length) sets[set]!.push([...lexemes]);
  }
  return sets.filter((s) => s.length > 1);
}

/**
 * Each distinct phrase of the dictionary with its stems in order, as the database reads a query
 * (catalog.search_text, then russian): what `npm run gen:synonyms` writes to search.synonym-stems.ts.
 */
export async function dictionaryStems(
  ex: Executor,
  lines: readonly string[] = SEARCH_SYNONYMS,
): Promise<Record<string, string[]>> {
  const phrases = [...new Set(synonymPhrases(lines).map((p) => p.phrase))];
  const rows = await queryRows<{ phrase: string; lexemes: string[] }>(
    ex,
    sql`select p.phrase,
               array(select t.lexeme from unnest(to_tsvector('russian', catalog.search_text(p.phrase, true))) t
                     order by t.positions[1]) as lexemes
        from unnest(array[${sql.join(
          phrases.map((p) => sql`${p}`),
          sql`, `,
        )}]::text[]) with ordinality as p(phrase, i)
        order by p.i`,
  );
  return Object.fromEntries(rows.map((r) => [r.phrase, r.lexemes]));
}

/**
 * The query's groups in tsquery form, ANDed by the caller: a run of words that is a synonym
 * phrase becomes any phrase of its set; an unknown word becomes itself or its candidates.
 */
export function groupWords(words: readonly QueryWord[], synonyms: readonly (readonly string[][])[]): string[] {
  const groups: string[] = [];
  for (let i = 0; i < words.length;) {
    const found = longestPhrase(words, i, synonyms);
    if (found) {
      groups.push(anyOf(found.set.map((phrase) => allOf(phrase.map(quote)))));
      i += found.length;
      continue;
    }
    groups.push(wordForm(words[i]!));
    i += 1;
  }
  return groups;
}

function longestPhrase(
  words: readonly QueryWord[],
  at: number,
  synonyms: readonly (readonly string[][])[],
): { set: readonly string[][]; length: number } | undefined {
  let best: { set: readonly string[][]; length: number } | undefined;
  for (const set of synonyms) {
    for (const phrase of set) {
      if (phrase.length <= (best?.length ?? 0) || at + phrase.length > words.length) continue;
      // In any order: «гипсокартон влагостойкий» is «влагостойкий гипсокартон».
      const run = words.slice(at, at + phrase.length).map((w) => w.lexeme);
      if (phrase.every((lexeme) => run.includes(lexeme)) && run.every((lexeme) => phrase.includes(lexeme)))
        best = { set, length: phrase.length };
    }
  }
  return best;
}

function wordForm(word: QueryWord): string {
  const short = [...word.token].length < FUZZY_WORD_MIN;
  const candidates = (word.candidates ?? []).filter((c) => !short || c.s >= 1);
  if (word.known) {
    // A known word may also be written in the other alphabet (керама, Kerama): both match.
    const twins = candidates.filter((c) => c.s >= TWIN_MIN && latin(c.word) !== latin(word.lexeme));
    return anyOf([word.lexeme, ...twins.slice(0, CANDIDATES_MAX).map((c) => c.word)].map(quote));
  }
  const best = candidates[0]?.s ?? 0;
  if (best < CANDIDATE_MIN) return quote(word.lexeme);
  const close = candidates
    .filter((c) => c.s >= best - CANDIDATE_BAND)
    .slice(0, CANDIDATES_MAX)
    .map((c) => quote(c.word));
  return anyOf(close);
}

const anyOf = (parts: readonly string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' | ')})`);
const allOf = (parts: readonly string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`);

/** A lexeme as a tsquery operand, taken literally (no parsing, no stemming). */
const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
