-- A `near` page in a category walks the nearby warehouses' stock of that category only
-- (search.near.ts), so each listing_stock row carries its product's category, as the listing
-- row does; the refresh that writes one writes the other.
ALTER TABLE "catalog"."listing_stock" ADD COLUMN "category_id" uuid;--> statement-breakpoint
UPDATE "catalog"."listing_stock" ls SET "category_id" = p."category_id"
FROM "catalog"."products" p WHERE p."id" = ls."product_id";--> statement-breakpoint
ALTER TABLE "catalog"."listing_stock" ALTER COLUMN "category_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "listing_stock_warehouse_category_idx" ON "catalog"."listing_stock" USING btree ("warehouse_id","category_id","price_minor","product_id");--> statement-breakpoint
-- During a rolling restart of the split deployment, processes still on the old code insert rows
-- without the category: the row takes its product's.
CREATE FUNCTION catalog.listing_stock_category_missing() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  select p.category_id into new.category_id from catalog.products p where p.id = new.product_id;
  return new;
end $$;--> statement-breakpoint
CREATE TRIGGER "listing_stock_category_missing" BEFORE INSERT ON "catalog"."listing_stock"
  FOR EACH ROW WHEN (NEW.category_id IS NULL) EXECUTE FUNCTION "catalog"."listing_stock_category_missing"();
