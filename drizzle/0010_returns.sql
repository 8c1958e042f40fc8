CREATE TABLE "orders"."return_lines" (
	"return_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	CONSTRAINT "return_lines_quantity_positive" CHECK ("orders"."return_lines"."quantity" > 0),
	CONSTRAINT "return_lines_amount_non_negative" CHECK ("orders"."return_lines"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "orders"."returns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"sub_order_id" uuid NOT NULL,
	"received_status" text NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"refusal_reason" text,
	"restock_warehouse_id" uuid,
	"refund_delivery" boolean DEFAULT false NOT NULL,
	"refund_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "returns_status_known" CHECK ("orders"."returns"."status" in ('requested', 'accepted', 'refused')),
	CONSTRAINT "returns_received_status" CHECK ("orders"."returns"."received_status" in ('picked_up', 'delivered')),
	CONSTRAINT "returns_refund_non_negative" CHECK ("orders"."returns"."refund_minor" >= 0),
	CONSTRAINT "returns_resolution_whole" CHECK (("orders"."returns"."status" = 'requested') = ("orders"."returns"."resolved_at" is null)
          and ("orders"."returns"."status" = 'refused') = ("orders"."returns"."refusal_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "orders"."orders" DROP CONSTRAINT "orders_status_known";--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" DROP CONSTRAINT "sub_orders_status_known";--> statement-breakpoint
ALTER TABLE "orders"."carts" ADD COLUMN "unloading" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "returned_partially" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders"."return_lines" ADD CONSTRAINT "return_lines_return_id_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "orders"."returns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."return_lines" ADD CONSTRAINT "return_lines_line_id_order_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "orders"."order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."returns" ADD CONSTRAINT "returns_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."returns" ADD CONSTRAINT "returns_sub_order_id_sub_orders_id_fk" FOREIGN KEY ("sub_order_id") REFERENCES "orders"."sub_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "return_lines_key" ON "orders"."return_lines" USING btree ("return_id","line_id");--> statement-breakpoint
CREATE INDEX "return_lines_line_idx" ON "orders"."return_lines" USING btree ("line_id");--> statement-breakpoint
CREATE INDEX "returns_order_idx" ON "orders"."returns" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "returns_sub_order_idx" ON "orders"."returns" USING btree ("sub_order_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "returns_one_open_per_sub_order" ON "orders"."returns" USING btree ("sub_order_id") WHERE "orders"."returns"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "orders"."carts" ADD CONSTRAINT "carts_unloading_known" CHECK ("orders"."carts"."unloading" is null or "orders"."carts"."unloading" in ('crane', 'manual', 'forklift'));--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD CONSTRAINT "orders_status_known" CHECK ("orders"."orders"."status" in ('pending_payment', 'paid', 'confirmed', 'assembling', 'ready', 'picked_up', 'handed_to_carrier', 'in_transit', 'delivered', 'return_requested', 'completed', 'cancelled', 'returned'));--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD CONSTRAINT "sub_orders_status_known" CHECK ("orders"."sub_orders"."status" in ('pending_payment', 'paid', 'confirmed', 'assembling', 'ready', 'picked_up', 'handed_to_carrier', 'in_transit', 'delivered', 'return_requested', 'completed', 'cancelled', 'returned'));--> statement-breakpoint
-- Parts received before this migration: the return window counts from their hand-over in the history.
UPDATE "orders"."sub_orders" s SET "received_at" = (
  SELECT max(h."at") FROM "orders"."status_history" h
  WHERE h."sub_order_id" = s."id" AND h."to_status" IN ('picked_up', 'delivered'))
WHERE s."received_at" IS NULL;
--> statement-breakpoint
-- Their return windows end as new parts' do: a deadline each, 14 days (the default ORDER_RETURN_DAYS) after receipt, or now.
INSERT INTO "events"."deadlines" ("id", "kind", "key", "due_at", "payload", "status", "attempts", "next_attempt_at", "created_at", "updated_at")
SELECT gen_random_uuid(), 'order.return_window', s."id"::text, w."due", jsonb_build_object('orderId', s."order_id", 'subOrderId', s."id"),
       'pending', 0, w."due", now(), now()
FROM "orders"."sub_orders" s
CROSS JOIN LATERAL (SELECT greatest(now(), coalesce(s."received_at", now()) + interval '14 days') AS "due") w
WHERE s."status" IN ('picked_up', 'delivered')
ON CONFLICT DO NOTHING;
