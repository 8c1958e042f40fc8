CREATE TABLE "catalog"."facets_rendered" (
	"scope" text PRIMARY KEY NOT NULL,
	"category_path" text NOT NULL,
	"total" integer NOT NULL,
	"facets" json NOT NULL,
	"rendered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Rendered facets (search.facets.ts): the refresh takes a category's marks when it recounts it,
-- and taking them drops the rendered rows of every scope above it, in the refresh's transaction
-- and under its lock, so a render (under the same lock) never outlives a write it missed.
CREATE FUNCTION catalog.facets_rendered_drop_taken() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  delete from catalog.facets_rendered r
  where exists (select 1 from taken t where starts_with(t.category_path, r.category_path));
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER "facets_rendered_drop_taken" AFTER DELETE ON "catalog"."listing_facets_stale"
  REFERENCING OLD TABLE AS taken FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."facets_rendered_drop_taken"();--> statement-breakpoint
-- A category's name, slug, parent or path is in every rendered answer that counts it: any change
-- to categories drops them all, under the renders' lock, so none rendered before it survives.
CREATE FUNCTION catalog.facets_rendered_drop_all() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform pg_advisory_xact_lock(7310442004);
  delete from catalog.facets_rendered;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER "facets_rendered_categories" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."categories"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."facets_rendered_drop_all"();
