CREATE SCHEMA "orders";
--> statement-breakpoint
CREATE SEQUENCE "orders"."order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "orders"."cart_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cart_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"seen_price_minor" bigint NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cart_items_quantity_positive" CHECK ("orders"."cart_items"."quantity" > 0),
	CONSTRAINT "cart_items_seen_price_positive" CHECK ("orders"."cart_items"."seen_price_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "orders"."carts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"address" text,
	"lat" double precision,
	"lon" double precision,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "carts_point_whole" CHECK (("orders"."carts"."lat" is null) = ("orders"."carts"."lon" is null))
);
--> statement-breakpoint
CREATE TABLE "orders"."order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"sub_order_id" uuid NOT NULL,
	"position" bigint NOT NULL,
	"offer_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"sku" text,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"price_minor" bigint NOT NULL,
	"vat_rate" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"vat_minor" bigint NOT NULL,
	"weight_kg" numeric(14, 3) NOT NULL,
	"volume_m3" numeric(14, 6) NOT NULL,
	CONSTRAINT "order_lines_quantity_positive" CHECK ("orders"."order_lines"."quantity" > 0),
	CONSTRAINT "order_lines_money" CHECK ("orders"."order_lines"."price_minor" > 0 and "orders"."order_lines"."total_minor" > 0 and "orders"."order_lines"."vat_minor" >= 0),
	CONSTRAINT "order_lines_vat_rate_known" CHECK ("orders"."order_lines"."vat_rate" in ('22', '10', '0', 'none'))
);
--> statement-breakpoint
CREATE TABLE "orders"."orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"payment_method" text NOT NULL,
	"delivery" jsonb NOT NULL,
	"buyer" jsonb NOT NULL,
	"goods_minor" bigint NOT NULL,
	"delivery_minor" bigint NOT NULL,
	"vat_minor" bigint NOT NULL,
	"total_minor" bigint NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"pay_by" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "orders_status_known" CHECK ("orders"."orders"."status" in ('pending_payment', 'paid', 'confirmed', 'assembling', 'ready', 'picked_up', 'handed_to_carrier', 'in_transit', 'delivered', 'completed', 'cancelled', 'returned')),
	CONSTRAINT "orders_payment_method_known" CHECK ("orders"."orders"."payment_method" in ('card', 'invoice')),
	CONSTRAINT "orders_totals_add_up" CHECK ("orders"."orders"."goods_minor" >= 0 and "orders"."orders"."delivery_minor" >= 0 and "orders"."orders"."vat_minor" >= 0
          and "orders"."orders"."total_minor" = "orders"."orders"."goods_minor" + "orders"."orders"."delivery_minor" and "orders"."orders"."vat_minor" <= "orders"."orders"."total_minor")
);
--> statement-breakpoint
CREATE TABLE "orders"."payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"method" text NOT NULL,
	"provider" text NOT NULL,
	"provider_payment_id" text,
	"status" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"card_brand" text,
	"card_last4" text,
	"decline_code" text,
	"decline_message" text,
	"action_url" text,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payments_status_known" CHECK ("orders"."payments"."status" in ('pending', 'requires_action', 'succeeded', 'declined', 'failed')),
	CONSTRAINT "payments_amount_positive" CHECK ("orders"."payments"."amount_minor" > 0),
	CONSTRAINT "payments_card_last4" CHECK ("orders"."payments"."card_last4" is null or "orders"."payments"."card_last4" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "orders"."status_history" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"sub_order_id" uuid,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders"."sub_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"number" text NOT NULL,
	"seller_id" uuid NOT NULL,
	"seller_name" text NOT NULL,
	"seller_requisites" jsonb NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"warehouse_name" text NOT NULL,
	"warehouse_address" text NOT NULL,
	"warehouse_lat" double precision NOT NULL,
	"warehouse_lon" double precision NOT NULL,
	"status" text NOT NULL,
	"goods_minor" bigint NOT NULL,
	"delivery_minor" bigint NOT NULL,
	"vat_minor" bigint NOT NULL,
	"total_minor" bigint NOT NULL,
	"weight_kg" numeric(14, 3) NOT NULL,
	"volume_m3" numeric(14, 6) NOT NULL,
	"delivery_quote" jsonb,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sub_orders_status_known" CHECK ("orders"."sub_orders"."status" in ('pending_payment', 'paid', 'confirmed', 'assembling', 'ready', 'picked_up', 'handed_to_carrier', 'in_transit', 'delivered', 'completed', 'cancelled', 'returned')),
	CONSTRAINT "sub_orders_totals_add_up" CHECK ("orders"."sub_orders"."goods_minor" >= 0 and "orders"."sub_orders"."delivery_minor" >= 0 and "orders"."sub_orders"."vat_minor" >= 0
          and "orders"."sub_orders"."total_minor" = "orders"."sub_orders"."goods_minor" + "orders"."sub_orders"."delivery_minor" and "orders"."sub_orders"."vat_minor" <= "orders"."sub_orders"."total_minor")
);
--> statement-breakpoint
CREATE TABLE "orders"."webhook_events" (
	"provider" text NOT NULL,
	"event_id" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders"."cart_items" ADD CONSTRAINT "cart_items_cart_id_carts_id_fk" FOREIGN KEY ("cart_id") REFERENCES "orders"."carts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."order_lines" ADD CONSTRAINT "order_lines_sub_order_id_sub_orders_id_fk" FOREIGN KEY ("sub_order_id") REFERENCES "orders"."sub_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD CONSTRAINT "payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."status_history" ADD CONSTRAINT "status_history_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."status_history" ADD CONSTRAINT "status_history_sub_order_id_sub_orders_id_fk" FOREIGN KEY ("sub_order_id") REFERENCES "orders"."sub_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD CONSTRAINT "sub_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cart_items_cart_offer_key" ON "orders"."cart_items" USING btree ("cart_id","offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "carts_customer_key" ON "orders"."carts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "order_lines_sub_order_idx" ON "orders"."order_lines" USING btree ("sub_order_id","position");--> statement-breakpoint
CREATE INDEX "order_lines_order_idx" ON "orders"."order_lines" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_number_key" ON "orders"."orders" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_customer_idempotency_key" ON "orders"."orders" USING btree ("customer_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "orders_customer_created_idx" ON "orders"."orders" USING btree ("customer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_created_idx" ON "orders"."orders" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "payments_order_idx" ON "orders"."payments" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_order_idempotency_key" ON "orders"."payments" USING btree ("order_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_provider_payment_key" ON "orders"."payments" USING btree ("provider","provider_payment_id");--> statement-breakpoint
CREATE INDEX "status_history_order_idx" ON "orders"."status_history" USING btree ("order_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "sub_orders_number_key" ON "orders"."sub_orders" USING btree ("number");--> statement-breakpoint
CREATE INDEX "sub_orders_order_idx" ON "orders"."sub_orders" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "sub_orders_seller_created_idx" ON "orders"."sub_orders" USING btree ("seller_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_events_key" ON "orders"."webhook_events" USING btree ("provider","event_id");