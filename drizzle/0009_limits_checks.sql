-- Rows written before these limits existed: a cart line beyond them cannot be bought and goes;
-- an image that is neither https:// nor one of our uploads is dropped from its product. The other
-- checks are NOT VALID: old orders, prices and stock are history and stay as they are, while every
-- new or changed row must keep within the limits (docs/domain.md, Limits).
DELETE FROM "orders"."cart_items" WHERE "quantity" > 10000000 OR "seen_price_minor" > 10000000000;
--> statement-breakpoint
UPDATE "catalog"."products" SET "images" = coalesce(
  (SELECT jsonb_agg(e) FROM jsonb_array_elements(CASE WHEN jsonb_typeof("images") = 'array' THEN "images" ELSE '[]'::jsonb END) e
    WHERE jsonb_typeof(e) = 'string' AND e #>> '{}' ~ '^(https://[^/@[:space:]]+(/|$)|/uploads/)'),
  '[]'::jsonb)
WHERE jsonb_typeof("images") <> 'array'
   OR jsonb_path_exists("images", '$[*] ? (@.type() != "string" || !(@ like_regex "^(https://[^/@[:space:]]+(/|$)|/uploads/)"))');
--> statement-breakpoint
ALTER TABLE "catalog"."offers" ADD CONSTRAINT "offers_within_limits" CHECK ("catalog"."offers"."price_minor" <= 10000000000 and "catalog"."offers"."min_qty" <= 10000000
          and "catalog"."offers"."step" <= 10000000) NOT VALID;
--> statement-breakpoint
ALTER TABLE "catalog"."price_history" ADD CONSTRAINT "price_history_within_limits" CHECK ("catalog"."price_history"."price_minor" <= 10000000000) NOT VALID;
--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD CONSTRAINT "products_sizes_within_limits" CHECK ("catalog"."products"."pack_size" <= 10000000 and "catalog"."products"."weight_kg" <= 100000
          and "catalog"."products"."volume_m3" <= 1000) NOT VALID;
--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD CONSTRAINT "products_images_safe" CHECK (jsonb_typeof("catalog"."products"."images") = 'array' and not jsonb_path_exists("catalog"."products"."images", '$[*] ? (@.type() != "string" || !(@ like_regex "^(https://[^/@[:space:]]+(/|$)|/uploads/)"))'));
--> statement-breakpoint
ALTER TABLE "catalog"."stock" ADD CONSTRAINT "stock_within_limits" CHECK ("catalog"."stock"."on_hand" <= 1000000000) NOT VALID;
--> statement-breakpoint
ALTER TABLE "orders"."cart_items" ADD CONSTRAINT "cart_items_within_limits" CHECK ("orders"."cart_items"."quantity" <= 10000000 and "orders"."cart_items"."seen_price_minor" <= 10000000000);
--> statement-breakpoint
ALTER TABLE "orders"."order_lines" ADD CONSTRAINT "order_lines_within_limits" CHECK ("orders"."order_lines"."quantity" <= 10000000 and "orders"."order_lines"."price_minor" <= 10000000000
          and "orders"."order_lines"."total_minor" <= 10000000000000) NOT VALID;
--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD CONSTRAINT "orders_total_safe" CHECK ("orders"."orders"."total_minor" <= 9007199254740991) NOT VALID;
--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD CONSTRAINT "payments_amount_safe" CHECK ("orders"."payments"."amount_minor" <= 9007199254740991) NOT VALID;
--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD CONSTRAINT "sub_orders_total_safe" CHECK ("orders"."sub_orders"."total_minor" <= 9007199254740991) NOT VALID;
