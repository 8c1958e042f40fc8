-- Search that reads sizes, grades and codes the way buyers write them, and a lexicon of the
-- catalogue's words for transliteration and typos (docs/domain.md "Search", search.query.ts).
--
-- search_text: one spelling for what is written many ways, used for the documents and the
-- queries alike: lower case, ё as е, a decimal comma as a dot, «12мм» as «12 мм», «м 500» as «м500»;
-- a size «250 х 120 х 65 мм» (Latin or Cyrillic x, ×, *, «на»; mm or cm) as the token 250x120x65 plus its
-- first two sides (250x120); in a document also each side with «мм». A code with digits (М500,
-- Д500, А500С, B25, ВА47-29) and a short code before a number («см 11» as Ceresit CM 11) has its
-- Cyrillic look-alike letters written in Latin.
CREATE FUNCTION catalog.search_text(t text, for_query boolean) returns text
language plpgsql immutable parallel safe as $$
declare
  s text := translate(lower(coalesce(t, '')), 'ё', 'е');
  m text[];
  extra text := '';
  dims numeric[];
  canon text[];
  words text[];
  w text;
  i int;
  out text[] := '{}';
  size_re constant text := '(\d+(?:\.\d+)?)(?:\s*[x×х*]\s*|\s+на\s+)(\d+(?:\.\d+)?)(?:(?:\s*[x×х*]\s*|\s+на\s+)(\d+(?:\.\d+)?))?(?:\s*(мм|см|mm|cm)(?![[:alnum:]]))?';
begin
  s := regexp_replace(s, '(\d),(\d)', '\1.\2', 'g');
  s := regexp_replace(s, '(\d)(мм|см|mm|cm|кг|kg)(?![[:alnum:]])', '\1 \2', 'g');
  s := regexp_replace(s, '(^|[^[:alnum:]])(м|m|д|d)\s+(\d{2,3})(?![[:alnum:].])', '\1\2\3', 'g');
  -- «ПФ-115», «OSB-3»: the letters and the number as words, and in a document glued too (пф115).
  if not for_query then
    for m in select regexp_matches(s, '([[:alpha:]]+)-(\d+)', 'g') loop
      extra := extra || ' ' || m[1] || m[2];
    end loop;
  end if;
  s := regexp_replace(s, '([[:alpha:]])-(\d)', '\1 \2', 'g');
  -- Amperes: «16 А», «16а» as 16a; a breaker's curve and current (C16) also says 16a.
  s := regexp_replace(s, '(\d)\s*[аa](?![[:alnum:]])', '\1a', 'g');
  if not for_query then
    for m in select regexp_matches(s, '(?:^|[^[:alnum:]])[bcdвсд](\d{1,3})(?![[:alnum:].])', 'g') loop
      extra := extra || ' ' || m[1] || 'a';
    end loop;
  end if;
  for m in select regexp_matches(s, size_re, 'g') loop
    dims := array[m[1]::numeric, m[2]::numeric] || case when m[3] is null then '{}'::numeric[] else array[m[3]::numeric] end;
    if m[4] in ('см', 'cm') then
      select array_agg(d * 10 order by o) into dims from unnest(dims) with ordinality as u(d, o);
    end if;
    select array_agg(trim_scale(d)::text order by o) into canon from unnest(dims) with ordinality as u(d, o);
    extra := extra || ' ' || array_to_string(canon, 'x');
    if array_length(canon, 1) = 3 then extra := extra || ' ' || canon[1] || 'x' || canon[2]; end if;
    if not for_query then
      extra := extra || ' ' || array_to_string(canon, ' ') || case when m[4] is null then '' else ' мм' end;
    end if;
  end loop;
  s := regexp_replace(s, size_re, ' ', 'g') || extra;
  s := replace(s, '/', ' ');
  words := regexp_split_to_array(btrim(s), '\s+');
  for i in 1 .. coalesce(array_length(words, 1), 0) loop
    w := words[i];
    if w ~ '\d' and w ~ '[[:alpha:]]' and w ~ '^[0-9a-zавдекмнорстух.\-]+$' then
      w := translate(w, 'авдекмнорстух', 'abdekmhopctyx');
    elsif w ~ '^[асекмнортух]{2,3}$' and i < array_length(words, 1) and words[i + 1] ~ '^\d' then
      w := translate(w, 'асекмнортух', 'acekmhoptyx');
    end if;
    out := out || w;
  end loop;
  return array_to_string(out, ' ');
end $$;--> statement-breakpoint
-- search_key: a word spelled the way it sounds, the same for Cyrillic and Latin spellings
-- (роквул, rockwool → rokvul; техноникол, technonicol → teknonikol; грое, grohe → groe): Cyrillic
-- transliterated letter by letter, digraphs and look-alike sounds merged, a Latin h silent,
-- doubled letters once.
CREATE FUNCTION catalog.search_key(w text) returns text
language sql immutable parallel safe as $$
  select regexp_replace(
    replace(translate(
      replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        translate(lower(w), 'абвгдеёжзийклмнопрстуфхцчшщыэюяъь', 'abvgdeezziiklmnoprstufkccssieua'),
        'sch', 's'), 'sh', 's'), 'ch', 'k'), 'kh', 'k'), 'zh', 'z'), 'ph', 'f'), 'th', 't'), 'ck', 'k'), 'oo', 'u'), 'qu', 'kv'),
      'cqyjzwh', 'kkiisv'), 'x', 'ks'),
    '(.)\1+', '\1', 'g')
$$;--> statement-breakpoint
CREATE TABLE "catalog"."search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog"."products" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "search_vector" "tsvector" NOT NULL DEFAULT ''::tsvector;--> statement-breakpoint
-- A card's search document: name (A), brand (B), description (C) and the names of its category and
-- that category's parent (D), so «каменная вата» finds the cards filed there whatever they say.
CREATE FUNCTION "catalog"."product_document"(text, text, text, uuid) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('russian', catalog.search_text($1, false)), 'A') ||
         setweight(to_tsvector('russian', catalog.search_text($2, false)), 'B') ||
         setweight(to_tsvector('russian', catalog.search_text($3, false)), 'C') ||
         setweight(to_tsvector('russian', coalesce((
           SELECT string_agg(c.name, ' ')
           FROM catalog.categories leaf
           JOIN catalog.categories c ON c.id = leaf.id OR c.id = leaf.parent_id
           WHERE leaf.id = $4), '')), 'D')
$$;--> statement-breakpoint
CREATE FUNCTION "catalog"."product_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := catalog.product_document(NEW.name, NEW.brand, NEW.description, NEW.category_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "product_search_vector" BEFORE INSERT OR UPDATE OF name, brand, description, category_id ON "catalog"."products" FOR EACH ROW EXECUTE FUNCTION "catalog"."product_search_vector"();--> statement-breakpoint
-- A renamed category rewrites the documents of the cards in it and in its children. A card kept
-- beyond today's limits (migration 0009's NOT VALID checks) cannot be updated: it keeps its old one.
CREATE FUNCTION "catalog"."category_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  card uuid;
BEGIN
  FOR card IN
    SELECT p.id FROM catalog.products p JOIN catalog.categories c ON c.id = p.category_id
    WHERE c.id = NEW.id OR c.parent_id = NEW.id
  LOOP
    BEGIN
      UPDATE catalog.products SET category_id = category_id WHERE id = card;
    EXCEPTION WHEN check_violation THEN
      NULL;
    END;
  END LOOP;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "category_renamed" AFTER UPDATE OF name ON "catalog"."categories" FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION "catalog"."category_renamed"();--> statement-breakpoint
-- Every card's document, written by rewriting the table rather than by UPDATE: an UPDATE checks
-- a row against every constraint, and cards kept beyond migration 0009's limits would fail it.
ALTER TABLE "catalog"."products" ALTER COLUMN "search_vector" TYPE tsvector
  USING catalog.product_document(name, brand, description, category_id);--> statement-breakpoint
CREATE INDEX "search_words_key_trgm_idx" ON "catalog"."search_words" USING gin ("key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "catalog"."products" USING gin ("search_vector");--> statement-breakpoint
-- The lexicon follows the products: every new word of a written card is added (statement
-- triggers with the rows written, so a bulk insert adds its words in one statement).
CREATE FUNCTION "catalog"."search_words_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalog.search_words (word, key)
  SELECT DISTINCT t.lexeme, catalog.search_key(t.lexeme)
  FROM written w, unnest(w.search_vector) t
  WHERE t.lexeme ~ '[[:alpha:]]'
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "search_words_on_insert" AFTER INSERT ON "catalog"."products" REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_words_add"();--> statement-breakpoint
CREATE TRIGGER "search_words_on_update" AFTER UPDATE ON "catalog"."products" REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_words_add"();--> statement-breakpoint
INSERT INTO catalog.search_words (word, key)
SELECT DISTINCT t.lexeme, catalog.search_key(t.lexeme)
FROM catalog.products p, unnest(p.search_vector) t
WHERE t.lexeme ~ '[[:alpha:]]'
ON CONFLICT (word) DO NOTHING;
