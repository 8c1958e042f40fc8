ALTER TABLE "orders"."sub_orders" ADD COLUMN "delivery_job_id" uuid;--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD COLUMN "delivery_id" uuid;--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD COLUMN "delivery_state" text;--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD COLUMN "delivery_state_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD CONSTRAINT "sub_orders_delivery_state_whole" CHECK (("orders"."sub_orders"."delivery_id" is null) = ("orders"."sub_orders"."delivery_state" is null) and ("orders"."sub_orders"."delivery_id" is null) = ("orders"."sub_orders"."delivery_state_at" is null)
          and ("orders"."sub_orders"."delivery_state" is null or "orders"."sub_orders"."delivery_state" in ('loaded', 'in_transit', 'delivered', 'failed')));