-- The listing keeps a copy of each product's search_vector, so a text search finds, ranks and
-- counts its matches in product_listing alone instead of looking up the listing row of every
-- match (docs/domain.md "Search"). The refresh writes it with the rest of the row; this trigger
-- follows every later change of the product's document (an edit, a category renamed).
ALTER TABLE "catalog"."product_listing" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
UPDATE "catalog"."product_listing" l SET "search_vector" = p."search_vector"
FROM "catalog"."products" p WHERE p."id" = l."product_id";--> statement-breakpoint
CREATE INDEX "listing_search_idx" ON "catalog"."product_listing" USING gin ("search_vector");--> statement-breakpoint
CREATE FUNCTION "catalog"."listing_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalog.product_listing SET search_vector = NEW.search_vector WHERE product_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
-- WHEN, not UPDATE OF: the document is written by a BEFORE trigger, never named in the SET list.
CREATE TRIGGER "listing_search_vector" AFTER UPDATE ON "catalog"."products"
FOR EACH ROW WHEN (OLD."search_vector" IS DISTINCT FROM NEW."search_vector")
EXECUTE FUNCTION "catalog"."listing_search_vector"();
