CREATE TABLE "catalog"."listing_facets" (
	"category_path" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"in_stock" boolean NOT NULL,
	"n" integer NOT NULL,
	"lo" bigint,
	"hi" bigint,
	CONSTRAINT "listing_facets_counted" CHECK ("catalog"."listing_facets"."n" > 0)
);
--> statement-breakpoint
CREATE TABLE "catalog"."listing_facets_stale" (
	"category_path" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "listing_facets_group_key" ON "catalog"."listing_facets" USING btree ("category_path","attributes","in_stock");--> statement-breakpoint
CREATE INDEX "listing_facets_stale_path_idx" ON "catalog"."listing_facets_stale" USING btree ("category_path");
--> statement-breakpoint
-- The listing's facets counted ahead (docs/domain.md "Search", search.sql.ts groupsCountedAhead): a
-- statement that changes what a facet counts — a listing row's category, attributes,
-- availability, price or visibility — marks the categories it touched stale, by inserting only,
-- so writers never wait on each other. A search trusts the counted rows of unmarked categories
-- and counts marked ones from the listing itself; the relay's loop refreshes them soon after.
CREATE FUNCTION catalog.listing_facets_mark() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    insert into catalog.listing_facets_stale (category_path)
    select distinct category_path from new_rows where offer_count > 0;
  elsif tg_op = 'DELETE' then
    insert into catalog.listing_facets_stale (category_path)
    select distinct category_path from old_rows where offer_count > 0;
  elsif tg_op = 'UPDATE' then
    insert into catalog.listing_facets_stale (category_path)
    select distinct v.path
    from old_rows o
    join new_rows n on n.product_id = o.product_id
    cross join lateral (values (o.category_path), (n.category_path)) v(path)
    where (o.offer_count > 0 or n.offer_count > 0)
      and (o.category_path, o.attributes, o.in_stock, o.min_price_minor, o.offer_count > 0)
          is distinct from (n.category_path, n.attributes, n.in_stock, n.min_price_minor, n.offer_count > 0);
  else -- TRUNCATE
    insert into catalog.listing_facets_stale (category_path)
    select distinct category_path from catalog.listing_facets;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER "listing_facets_insert" AFTER INSERT ON "catalog"."product_listing"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."listing_facets_mark"();--> statement-breakpoint
CREATE TRIGGER "listing_facets_update" AFTER UPDATE ON "catalog"."product_listing"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."listing_facets_mark"();--> statement-breakpoint
CREATE TRIGGER "listing_facets_delete" AFTER DELETE ON "catalog"."product_listing"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."listing_facets_mark"();--> statement-breakpoint
CREATE TRIGGER "listing_facets_truncate" AFTER TRUNCATE ON "catalog"."product_listing"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."listing_facets_mark"();--> statement-breakpoint
-- Counts the marked categories afresh and takes their marks. The marks are taken first, so a
-- write committed after that keeps its mark and its category is still counted from the listing;
-- the count then sees at least every write whose mark it took. One refresh at a time: another
-- process's refresh running, this one returns at once and the marks wait for the next pass.
-- Returns how many categories it counted.
CREATE FUNCTION catalog.refresh_listing_facets() RETURNS integer LANGUAGE plpgsql AS $$
declare
  paths text[];
begin
  if not exists (select 1 from catalog.listing_facets_stale) then
    return 0;
  end if;
  if not pg_try_advisory_xact_lock(7310442004) then
    return 0;
  end if;
  with taken as (delete from catalog.listing_facets_stale returning category_path)
  select array_agg(distinct category_path) into paths from taken;
  if paths is null then
    return 0;
  end if;
  delete from catalog.listing_facets where category_path = any (paths);
  insert into catalog.listing_facets (category_path, attributes, in_stock, n, lo, hi)
  select l.category_path, l.attributes, l.in_stock, count(*), min(l.min_price_minor), max(l.min_price_minor)
  from catalog.product_listing l
  where l.category_path = any (paths) and l.offer_count > 0
  group by l.category_path, l.attributes, l.in_stock;
  return cardinality(paths);
end $$;
--> statement-breakpoint
INSERT INTO catalog.listing_facets (category_path, attributes, in_stock, n, lo, hi)
SELECT category_path, attributes, in_stock, count(*), min(min_price_minor), max(min_price_minor)
FROM catalog.product_listing
WHERE offer_count > 0
GROUP BY category_path, attributes, in_stock;
