CREATE TABLE "catalog"."listing_stock" (
	"product_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	CONSTRAINT "listing_stock_product_id_warehouse_id_pk" PRIMARY KEY("product_id","warehouse_id")
);
--> statement-breakpoint
ALTER TABLE "catalog"."listing_stock" ADD CONSTRAINT "listing_stock_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "catalog"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listing_stock_warehouse_idx" ON "catalog"."listing_stock" USING btree ("warehouse_id","product_id");--> statement-breakpoint
INSERT INTO "catalog"."listing_stock" ("product_id", "warehouse_id")
SELECT DISTINCT o."product_id", k."warehouse_id"
FROM "catalog"."stock" k
JOIN "catalog"."offers" o ON o."id" = k."offer_id" AND o."status" = 'active'
JOIN "catalog"."sellers" s ON s."id" = o."seller_id" AND s."status" = 'approved'
WHERE k."on_hand" > k."reserved";--> statement-breakpoint
CREATE TRIGGER "search_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."listing_stock" FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."search_changed"();
