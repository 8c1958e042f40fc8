CREATE TABLE "insights"."basket_totals" (
	"region" text PRIMARY KEY NOT NULL,
	"orders" integer NOT NULL,
	CONSTRAINT "basket_totals_orders" CHECK ("insights"."basket_totals"."orders" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insights"."category_daily" (
	"day" date NOT NULL,
	"region" text NOT NULL,
	"category_path" text NOT NULL,
	"seller_id" uuid NOT NULL,
	"orders" integer NOT NULL,
	CONSTRAINT "category_daily_category_path_seller_id_region_day_pk" PRIMARY KEY("category_path","seller_id","region","day"),
	CONSTRAINT "category_daily_orders" CHECK ("insights"."category_daily"."orders" > 0)
);
--> statement-breakpoint
CREATE TABLE "insights"."customer_products" (
	"customer_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"orders" integer NOT NULL,
	"units" numeric(14, 3) NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"region" text NOT NULL,
	CONSTRAINT "customer_products_customer_id_product_id_pk" PRIMARY KEY("customer_id","product_id"),
	CONSTRAINT "customer_products_counts" CHECK ("insights"."customer_products"."orders" > 0 and "insights"."customer_products"."units" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insights"."pair_counts" (
	"product_id" uuid NOT NULL,
	"other_id" uuid NOT NULL,
	"orders" integer NOT NULL,
	CONSTRAINT "pair_counts_product_id_other_id_pk" PRIMARY KEY("product_id","other_id"),
	CONSTRAINT "pair_counts_pair" CHECK ("insights"."pair_counts"."product_id" <> "insights"."pair_counts"."other_id" and "insights"."pair_counts"."orders" > 0)
);
--> statement-breakpoint
CREATE TABLE "insights"."product_daily" (
	"day" date NOT NULL,
	"region" text NOT NULL,
	"product_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"category_path" text NOT NULL,
	"orders" integer NOT NULL,
	"units" numeric(14, 3) NOT NULL,
	"revenue_minor" bigint NOT NULL,
	CONSTRAINT "product_daily_day_region_product_id_seller_id_pk" PRIMARY KEY("day","region","product_id","seller_id"),
	CONSTRAINT "product_daily_amounts" CHECK ("insights"."product_daily"."orders" > 0 and "insights"."product_daily"."units" >= 0 and "insights"."product_daily"."revenue_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insights"."product_popularity" (
	"product_id" uuid NOT NULL,
	"region" text NOT NULL,
	"category_path" text NOT NULL,
	"orders" integer NOT NULL,
	"units" numeric(14, 3) NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "product_popularity_product_id_region_pk" PRIMARY KEY("product_id","region"),
	CONSTRAINT "product_popularity_counts" CHECK ("insights"."product_popularity"."orders" > 0 and "insights"."product_popularity"."units" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insights"."sold_lines" (
	"line_id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"region" text NOT NULL,
	"product_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"category_path" text NOT NULL,
	"seller_id" uuid NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"revenue_minor" bigint NOT NULL,
	CONSTRAINT "sold_lines_amounts" CHECK ("insights"."sold_lines"."quantity" > 0 and "insights"."sold_lines"."revenue_minor" >= 0)
);
--> statement-breakpoint
CREATE INDEX "category_daily_day_idx" ON "insights"."category_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "customer_products_recent_idx" ON "insights"."customer_products" USING btree ("customer_id","last_at");--> statement-breakpoint
CREATE INDEX "pair_counts_top_idx" ON "insights"."pair_counts" USING btree ("product_id","orders");--> statement-breakpoint
CREATE INDEX "product_daily_category_idx" ON "insights"."product_daily" USING btree ("category_path" text_pattern_ops,"day");--> statement-breakpoint
CREATE INDEX "product_daily_seller_idx" ON "insights"."product_daily" USING btree ("seller_id","day");--> statement-breakpoint
CREATE INDEX "product_popularity_region_idx" ON "insights"."product_popularity" USING btree ("region","orders");--> statement-breakpoint
CREATE INDEX "product_popularity_category_idx" ON "insights"."product_popularity" USING btree ("region","category_path" text_pattern_ops,"orders");--> statement-breakpoint
CREATE INDEX "sold_lines_order_idx" ON "insights"."sold_lines" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "sold_lines_customer_idx" ON "insights"."sold_lines" USING btree ("customer_id","placed_at");--> statement-breakpoint
CREATE INDEX "sold_lines_placed_idx" ON "insights"."sold_lines" USING btree ("placed_at");