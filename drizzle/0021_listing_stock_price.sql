-- `near` prices a product by what can be had near (docs/domain.md "Search"): each warehouse row of
-- the listing carries the lowest price of the product's offers in stock there (one seller's: a
-- warehouse is one seller's), so a result's price and its warehouse belong to the same seller.
ALTER TABLE "catalog"."listing_stock" ADD COLUMN "price_minor" bigint;--> statement-breakpoint
UPDATE catalog.listing_stock ls SET price_minor = (
  SELECT min(o.price_minor)
  FROM catalog.offers o
  JOIN catalog.sellers s ON s.id = o.seller_id AND s.status = 'approved'
  JOIN catalog.stock k ON k.offer_id = o.id AND k.on_hand > k.reserved AND k.warehouse_id = ls.warehouse_id
  WHERE o.product_id = ls.product_id AND o.status = 'active');--> statement-breakpoint
DELETE FROM catalog.listing_stock WHERE price_minor IS NULL;--> statement-breakpoint
ALTER TABLE "catalog"."listing_stock" ALTER COLUMN "price_minor" SET NOT NULL;
