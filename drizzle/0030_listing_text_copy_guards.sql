-- Two guards for the listing's copy of each card's document (migration 0028).
--
-- A renamed category rewrites its cards' documents one by one in no set order (migration 0020's
-- category_renamed), and through 0028's trigger their listing rows. Checkout and the refresh lock
-- listing rows in product order, so the rename now takes those rows in that order first: two of
-- them in one checkout could otherwise deadlock with it.
CREATE FUNCTION "catalog"."category_renamed_lock_listings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM catalog.product_listing l
  WHERE l.product_id IN (
    SELECT p.id FROM catalog.products p JOIN catalog.categories c ON c.id = p.category_id
    WHERE c.id = NEW.id OR c.parent_id = NEW.id)
  ORDER BY l.product_id
  FOR UPDATE;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "category_renamed_lock_listings" BEFORE UPDATE OF name ON "catalog"."categories"
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
EXECUTE FUNCTION "catalog"."category_renamed_lock_listings"();--> statement-breakpoint
-- A listing row inserted without the copy (by a process still running the code before 0028,
-- while a split deployment restarts one process at a time) takes it from its card, or text
-- search would not find the card until its next refresh. The refresh since 0028 always writes
-- the copy, so the WHEN keeps this trigger from firing for it.
CREATE FUNCTION "catalog"."listing_search_vector_missing"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := coalesce((SELECT p.search_vector FROM catalog.products p WHERE p.id = NEW.product_id), ''::tsvector);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "listing_search_vector_missing" BEFORE INSERT ON "catalog"."product_listing"
FOR EACH ROW WHEN (NEW."search_vector" = ''::tsvector)
EXECUTE FUNCTION "catalog"."listing_search_vector_missing"();
