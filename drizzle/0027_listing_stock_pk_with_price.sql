-- `near` looks up a product's rows in nearby warehouses by this key, for their price: with the
-- price in the key's index, the lookup reads the index alone (search.near.ts). Not expressible in
-- catalog.tables.ts; the key columns, which drizzle compares, are unchanged.
ALTER TABLE "catalog"."listing_stock" DROP CONSTRAINT "listing_stock_product_id_warehouse_id_pk";--> statement-breakpoint
ALTER TABLE "catalog"."listing_stock" ADD CONSTRAINT "listing_stock_product_id_warehouse_id_pk" PRIMARY KEY ("product_id", "warehouse_id") INCLUDE ("price_minor");
