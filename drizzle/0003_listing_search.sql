ALTER TABLE "catalog"."product_listing" ADD COLUMN "category_id" uuid;--> statement-breakpoint
ALTER TABLE "catalog"."product_listing" ADD COLUMN "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "catalog"."product_listing" l SET "category_id" = p."category_id", "attributes" = p."attributes" FROM "catalog"."products" p WHERE p."id" = l."product_id";--> statement-breakpoint
ALTER TABLE "catalog"."product_listing" ALTER COLUMN "category_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "listing_attributes_idx" ON "catalog"."product_listing" USING gin ("attributes" jsonb_path_ops);
