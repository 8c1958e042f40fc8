-- Search answers are cached per process and keyed by this sequence: every statement that writes a
-- table a search answer is made of moves it (a sequence, so writers never wait on each other).
-- A writer also holds a shared advisory lock until it commits, so a search can tell that a change
-- is still in flight and not cache what it computed meanwhile (see catalog/search.cache.ts).
CREATE SEQUENCE "catalog"."search_version";--> statement-breakpoint
CREATE FUNCTION "catalog"."search_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(7310442003);
  PERFORM nextval('catalog.search_version');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."categories" FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."products" FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."offers" FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."warehouses" FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."stock" FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."sellers" FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_changed"();--> statement-breakpoint
CREATE TRIGGER "search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."product_listing" FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_changed"();
