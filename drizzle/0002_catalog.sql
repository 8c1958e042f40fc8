CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE TABLE "catalog"."categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"path" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_slug_format" CHECK ("catalog"."categories"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "catalog"."offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"price_minor" bigint NOT NULL,
	"vat_rate" text NOT NULL,
	"min_qty" numeric(14, 3) DEFAULT '1' NOT NULL,
	"step" numeric(14, 3) DEFAULT '1' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"backorder" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_price_positive" CHECK ("catalog"."offers"."price_minor" > 0),
	CONSTRAINT "offers_vat_rate" CHECK ("catalog"."offers"."vat_rate" in ('22', '10', '0', 'none')),
	CONSTRAINT "offers_status" CHECK ("catalog"."offers"."status" in ('active', 'paused')),
	CONSTRAINT "offers_quantities" CHECK ("catalog"."offers"."min_qty" > 0 and "catalog"."offers"."step" > 0)
);
--> statement-breakpoint
CREATE TABLE "catalog"."price_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"offer_id" uuid NOT NULL,
	"price_minor" bigint NOT NULL,
	"vat_rate" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "price_history_positive" CHECK ("catalog"."price_history"."price_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "catalog"."product_listing" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"category_path" text NOT NULL,
	"min_price_minor" bigint,
	"offer_count" integer DEFAULT 0 NOT NULL,
	"in_stock" boolean DEFAULT false NOT NULL,
	"popularity" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sku" text,
	"ean" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"brand" text,
	"category_id" uuid NOT NULL,
	"unit" text NOT NULL,
	"pack_size" numeric(14, 3) DEFAULT '1' NOT NULL,
	"weight_kg" numeric(14, 3) NOT NULL,
	"volume_m3" numeric(14, 6) NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"images" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('russian', coalesce(name, '')), 'A') || setweight(to_tsvector('russian', coalesce(brand, '')), 'B') || setweight(to_tsvector('russian', coalesce(description, '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_unit" CHECK ("catalog"."products"."unit" in ('шт', 'м', 'м²', 'м³', 'кг', 'т', 'л', 'упак', 'мешок', 'рулон', 'лист', 'пог. м')),
	CONSTRAINT "products_sizes_positive" CHECK ("catalog"."products"."pack_size" > 0 and "catalog"."products"."weight_kg" >= 0 and "catalog"."products"."volume_m3" >= 0)
);
--> statement-breakpoint
CREATE TABLE "catalog"."sellers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."stock" (
	"offer_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"on_hand" numeric(14, 3) DEFAULT '0' NOT NULL,
	"reserved" numeric(14, 3) DEFAULT '0' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_offer_id_warehouse_id_pk" PRIMARY KEY("offer_id","warehouse_id"),
	CONSTRAINT "stock_non_negative" CHECK ("catalog"."stock"."on_hand" >= 0 and "catalog"."stock"."reserved" >= 0),
	CONSTRAINT "stock_reserved_within_on_hand" CHECK ("catalog"."stock"."reserved" <= "catalog"."stock"."on_hand")
);
--> statement-breakpoint
CREATE TABLE "catalog"."warehouses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"address" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"working_hours" text DEFAULT '' NOT NULL,
	"pickup" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "warehouses_coordinates" CHECK ("catalog"."warehouses"."lat" between -90 and 90 and "catalog"."warehouses"."lon" between -180 and 180)
);
--> statement-breakpoint
ALTER TABLE "catalog"."offers" ADD CONSTRAINT "offers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "catalog"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."price_history" ADD CONSTRAINT "price_history_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "catalog"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."product_listing" ADD CONSTRAINT "product_listing_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "catalog"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "catalog"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."stock" ADD CONSTRAINT "stock_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "catalog"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."stock" ADD CONSTRAINT "stock_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "catalog"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_slug_key" ON "catalog"."categories" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_path_key" ON "catalog"."categories" USING btree ("path");--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "catalog"."categories" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_product_seller_key" ON "catalog"."offers" USING btree ("product_id","seller_id");--> statement-breakpoint
CREATE INDEX "offers_seller_idx" ON "catalog"."offers" USING btree ("seller_id");--> statement-breakpoint
CREATE INDEX "price_history_offer_at_idx" ON "catalog"."price_history" USING btree ("offer_id","at");--> statement-breakpoint
CREATE INDEX "listing_category_price_idx" ON "catalog"."product_listing" USING btree ("category_path","min_price_minor");--> statement-breakpoint
CREATE INDEX "listing_price_idx" ON "catalog"."product_listing" USING btree ("min_price_minor");--> statement-breakpoint
CREATE INDEX "listing_popularity_idx" ON "catalog"."product_listing" USING btree ("popularity");--> statement-breakpoint
CREATE UNIQUE INDEX "products_sku_key" ON "catalog"."products" USING btree ("sku");--> statement-breakpoint
CREATE INDEX "products_ean_idx" ON "catalog"."products" USING btree ("ean");--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "catalog"."products" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "catalog"."products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_name_trgm_idx" ON "catalog"."products" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_attributes_idx" ON "catalog"."products" USING gin ("attributes" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "stock_warehouse_idx" ON "catalog"."stock" USING btree ("warehouse_id");--> statement-breakpoint
CREATE UNIQUE INDEX "warehouses_seller_code_key" ON "catalog"."warehouses" USING btree ("seller_id","code");--> statement-breakpoint
CREATE INDEX "warehouses_earth_idx" ON "catalog"."warehouses" USING gist (ll_to_earth("lat", "lon"));