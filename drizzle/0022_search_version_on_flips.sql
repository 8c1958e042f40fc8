-- The search version (migration 0004) moves only when something a search answer shows changes
-- (docs/adr/0007, docs/domain.md "Search"): a stock row when its warehouse's availability of the
-- offer flips (on hand above reserved, or not), the listing when anything but popularity changes,
-- a listing warehouse row when it comes, goes or changes price. A checkout that reserves part of
-- what is there changes none of these, so cached answers survive it. Popularity moves with every
-- order and is left out: a cached answer's order may lag it, for at most the cache's age limit.
DROP TRIGGER "search_changed" ON "catalog"."stock";--> statement-breakpoint
DROP TRIGGER "search_changed" ON "catalog"."product_listing";--> statement-breakpoint
DROP TRIGGER "search_changed" ON "catalog"."listing_stock";--> statement-breakpoint
CREATE TRIGGER "search_changed_insert" AFTER INSERT ON "catalog"."stock" FOR EACH ROW
  WHEN (NEW.on_hand > NEW.reserved) EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_delete" AFTER DELETE ON "catalog"."stock" FOR EACH ROW
  WHEN (OLD.on_hand > OLD.reserved) EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_update" AFTER UPDATE ON "catalog"."stock" FOR EACH ROW
  WHEN ((OLD.on_hand > OLD.reserved) IS DISTINCT FROM (NEW.on_hand > NEW.reserved)
        OR OLD.offer_id IS DISTINCT FROM NEW.offer_id OR OLD.warehouse_id IS DISTINCT FROM NEW.warehouse_id)
  EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_truncate" AFTER TRUNCATE ON "catalog"."stock" FOR EACH STATEMENT
  EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_insert_delete" AFTER INSERT OR DELETE ON "catalog"."product_listing" FOR EACH ROW
  EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_update" AFTER UPDATE ON "catalog"."product_listing" FOR EACH ROW
  WHEN ((OLD.product_id, OLD.category_path, OLD.category_id, OLD.attributes, OLD.min_price_minor, OLD.offer_count, OLD.in_stock)
        IS DISTINCT FROM (NEW.product_id, NEW.category_path, NEW.category_id, NEW.attributes, NEW.min_price_minor, NEW.offer_count, NEW.in_stock))
  EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_truncate" AFTER TRUNCATE ON "catalog"."product_listing" FOR EACH STATEMENT
  EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_insert_delete" AFTER INSERT OR DELETE ON "catalog"."listing_stock" FOR EACH ROW
  EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_update" AFTER UPDATE ON "catalog"."listing_stock" FOR EACH ROW
  WHEN ((OLD.product_id, OLD.warehouse_id, OLD.price_minor) IS DISTINCT FROM (NEW.product_id, NEW.warehouse_id, NEW.price_minor))
  EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed_truncate" AFTER TRUNCATE ON "catalog"."listing_stock" FOR EACH STATEMENT
  EXECUTE FUNCTION "catalog"."search_changed"();
