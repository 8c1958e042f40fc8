CREATE TABLE "catalog"."near_facet_sets" (
	"key" text PRIMARY KEY NOT NULL,
	"warehouse_ids" uuid[] NOT NULL,
	"ranks" integer[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "near_facet_sets_size" CHECK (cardinality("catalog"."near_facet_sets"."warehouse_ids") between 1 and 1000),
	CONSTRAINT "near_facet_sets_ranks" CHECK ("catalog"."near_facet_sets"."ranks" is null or cardinality("catalog"."near_facet_sets"."ranks") = cardinality("catalog"."near_facet_sets"."warehouse_ids"))
);
--> statement-breakpoint
CREATE TABLE "catalog"."near_facets" (
	"key" text NOT NULL,
	"category_path" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"n" integer NOT NULL,
	"lo" bigint NOT NULL,
	"hi" bigint NOT NULL,
	CONSTRAINT "near_facets_counted" CHECK ("catalog"."near_facets"."n" > 0)
);
--> statement-breakpoint
DROP INDEX "catalog"."listing_stock_warehouse_idx";--> statement-breakpoint
ALTER TABLE "catalog"."near_facets" ADD CONSTRAINT "near_facets_key_near_facet_sets_key_fk" FOREIGN KEY ("key") REFERENCES "catalog"."near_facet_sets"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "near_facets_group_key" ON "catalog"."near_facets" USING btree ("key","category_path","attributes");--> statement-breakpoint
CREATE INDEX "listing_stock_warehouse_price_idx" ON "catalog"."listing_stock" USING btree ("warehouse_id","price_minor","product_id");--> statement-breakpoint
-- `near` facets counted ahead per set of nearby warehouses (docs/domain.md "Search",
-- search.near.ts). A product's near price depends on where it is in stock, so a statement that
-- changes listing_stock marks its products' categories stale, as a listing write does; the same
-- refresh then recounts them for listing_facets and for every near set.
CREATE FUNCTION catalog.near_facets_mark() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    insert into catalog.listing_facets_stale (category_path)
    select distinct l.category_path from new_rows r join catalog.product_listing l on l.product_id = r.product_id;
  elsif tg_op = 'DELETE' then
    insert into catalog.listing_facets_stale (category_path)
    select distinct l.category_path from old_rows r join catalog.product_listing l on l.product_id = r.product_id;
  elsif tg_op = 'UPDATE' then
    insert into catalog.listing_facets_stale (category_path)
    select distinct l.category_path
    from ((select product_id, warehouse_id, price_minor from new_rows
           except select product_id, warehouse_id, price_minor from old_rows)
          union all
          (select product_id, warehouse_id, price_minor from old_rows
           except select product_id, warehouse_id, price_minor from new_rows)) c
    join catalog.product_listing l on l.product_id = c.product_id;
  else -- TRUNCATE
    insert into catalog.listing_facets_stale (category_path)
    select distinct category_path from catalog.near_facets;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER "near_facets_insert" AFTER INSERT ON "catalog"."listing_stock"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."near_facets_mark"();--> statement-breakpoint
CREATE TRIGGER "near_facets_update" AFTER UPDATE ON "catalog"."listing_stock"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."near_facets_mark"();--> statement-breakpoint
CREATE TRIGGER "near_facets_delete" AFTER DELETE ON "catalog"."listing_stock"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."near_facets_mark"();--> statement-breakpoint
CREATE TRIGGER "near_facets_truncate" AFTER TRUNCATE ON "catalog"."listing_stock"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."near_facets_mark"();--> statement-breakpoint
-- The facet groups of the products in stock in warehouses `ws`, each at the price a search shows:
-- its offer in the nearest rank (`ranks`, as search.sql.ts nearPick sorts by distance), the
-- cheapest there; with null ranks the cheapest anywhere in `ws`. `paths` null: every category.
CREATE FUNCTION catalog.near_facet_groups(ws uuid[], ranks integer[], paths text[])
RETURNS TABLE (category_path text, attributes jsonb, n integer, lo bigint, hi bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
begin
  if paths is null
     or (select count(*) from catalog.product_listing l where l.category_path = any (paths)) > 20000 then
    -- Many products (a new set; a price list that touched most categories): one pass over the
    -- set's stock, then the listing, about 0.2 s for 100 000 products, where looking each one up
    -- takes 0.5 s.
    return query
    with nw as (select t.id, t.r from unnest(ws, coalesce(ranks, array_fill(0, array[cardinality(ws)]))) as t(id, r)),
    np as (select distinct on (ls.product_id) ls.product_id, ls.price_minor as price
           from catalog.listing_stock ls join nw on nw.id = ls.warehouse_id
           order by ls.product_id, nw.r, ls.price_minor)
    select l.category_path, l.attributes, count(*)::integer, min(np.price), max(np.price)
    from np join catalog.product_listing l on l.product_id = np.product_id
    where l.offer_count > 0 and (paths is null or l.category_path = any (paths))
    group by l.category_path, l.attributes;
  else
    -- A few categories: their products, each one's stock in the set looked up.
    return query
    with nw as (select t.id, t.r from unnest(ws, coalesce(ranks, array_fill(0, array[cardinality(ws)]))) as t(id, r))
    select l.category_path, l.attributes, count(*)::integer, min(x.price), max(x.price)
    from catalog.product_listing l
    cross join lateral (select ls.price_minor as price
                        from catalog.listing_stock ls join nw on nw.id = ls.warehouse_id
                        where ls.product_id = l.product_id
                        order by nw.r, ls.price_minor
                        limit 1) x
    where l.category_path = any (paths) and l.offer_count > 0
    group by l.category_path, l.attributes;
  end if;
end $$;
--> statement-breakpoint
-- Counts a new near set's facets (the first search from its warehouses asks for it). Under the
-- refresh's lock: a write committed after this count keeps its mark, and the next refresh, which
-- cannot run until this commits, recounts that category for this set too. The oldest sets beyond
-- the newest 64 are dropped; a search from them counts afresh and asks again. Returns whether
-- it added the set.
CREATE FUNCTION catalog.add_near_facet_set(set_key text, ws uuid[], ranks integer[]) RETURNS boolean
LANGUAGE plpgsql AS $$
begin
  perform pg_advisory_xact_lock(7310442004);
  if exists (select 1 from catalog.near_facet_sets s where s.key = set_key) then
    return false;
  end if;
  insert into catalog.near_facet_sets (key, warehouse_ids, ranks) values (set_key, ws, ranks);
  insert into catalog.near_facets (key, category_path, attributes, n, lo, hi)
  select set_key, g.category_path, g.attributes, g.n, g.lo, g.hi from catalog.near_facet_groups(ws, ranks, null) g;
  delete from catalog.near_facet_sets s
  where s.key in (select o.key from catalog.near_facet_sets o order by o.created_at desc, o.key offset 64);
  return true;
end $$;
--> statement-breakpoint
-- The refresh of migration 0023 takes a category's marks when it recounts it; taking them
-- recounts that category for every near set too, in the refresh's transaction and under its lock.
CREATE FUNCTION catalog.near_facets_recount_taken() RETURNS trigger LANGUAGE plpgsql AS $$
declare
  paths text[];
begin
  select array_agg(distinct t.category_path) into paths from taken t;
  if paths is null then
    return null;
  end if;
  delete from catalog.near_facets where category_path = any (paths);
  insert into catalog.near_facets (key, category_path, attributes, n, lo, hi)
  select s.key, g.category_path, g.attributes, g.n, g.lo, g.hi
  from catalog.near_facet_sets s
  cross join lateral catalog.near_facet_groups(s.warehouse_ids, s.ranks, paths) g;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER "near_facets_recount_taken" AFTER DELETE ON "catalog"."listing_facets_stale"
  REFERENCING OLD TABLE AS taken FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."near_facets_recount_taken"();
