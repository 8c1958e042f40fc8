CREATE TABLE "orders"."refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"sub_order_id" uuid,
	"payment_id" uuid,
	"return_id" uuid,
	"method" text NOT NULL,
	"status" text NOT NULL,
	"cause" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reason" text,
	"requested_by" uuid,
	"requested_role" text NOT NULL,
	"provider" text,
	"provider_refund_id" text,
	"failure_code" text,
	"failure_message" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"document_number" text,
	"paid_back_on" date,
	"paid_back_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "refunds_status_known" CHECK ("orders"."refunds"."status" in ('pending', 'succeeded', 'failed', 'due', 'paid_back')),
	CONSTRAINT "refunds_cause_known" CHECK ("orders"."refunds"."cause" in ('cancellation', 'return', 'late_payment')),
	CONSTRAINT "refunds_method_status" CHECK (("orders"."refunds"."method" = 'card' and "orders"."refunds"."status" in ('pending', 'succeeded', 'failed') and "orders"."refunds"."payment_id" is not null)
          or ("orders"."refunds"."method" = 'invoice' and "orders"."refunds"."status" in ('due', 'paid_back'))),
	CONSTRAINT "refunds_paid_back_documented" CHECK (("orders"."refunds"."status" = 'paid_back') = ("orders"."refunds"."document_number" is not null and "orders"."refunds"."paid_back_on" is not null)),
	CONSTRAINT "refunds_amount_positive" CHECK ("orders"."refunds"."amount_minor" > 0 and "orders"."refunds"."amount_minor" <= 9007199254740991)
);
--> statement-breakpoint
CREATE TABLE "orders"."test_provider_refunds" (
	"provider_refund_id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"provider_payment_id" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"status" text NOT NULL,
	"failure_code" text,
	"failure_message" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "test_provider_refunds_status_known" CHECK ("orders"."test_provider_refunds"."status" in ('succeeded', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "orders"."payments" DROP CONSTRAINT "payments_status_known";--> statement-breakpoint
ALTER TABLE "orders"."test_provider_payments" DROP CONSTRAINT "test_provider_payments_status_known";--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD COLUMN "sub_order_id" uuid;--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD COLUMN "document_number" text;--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD COLUMN "paid_on" date;--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD COLUMN "recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD COLUMN "received_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."refunds" ADD CONSTRAINT "refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."refunds" ADD CONSTRAINT "refunds_sub_order_id_sub_orders_id_fk" FOREIGN KEY ("sub_order_id") REFERENCES "orders"."sub_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."refunds" ADD CONSTRAINT "refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "orders"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "refunds_order_idx" ON "orders"."refunds" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE INDEX "refunds_sub_order_idx" ON "orders"."refunds" USING btree ("sub_order_id");--> statement-breakpoint
CREATE INDEX "refunds_payment_idx" ON "orders"."refunds" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "refunds_status_created_idx" ON "orders"."refunds" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "test_provider_refunds_idempotency_key" ON "orders"."test_provider_refunds" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "test_provider_refunds_payment_idx" ON "orders"."test_provider_refunds" USING btree ("provider_payment_id");--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD CONSTRAINT "payments_sub_order_id_sub_orders_id_fk" FOREIGN KEY ("sub_order_id") REFERENCES "orders"."sub_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payments_sub_order_idx" ON "orders"."payments" USING btree ("sub_order_id");--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD CONSTRAINT "payments_invoice_part" CHECK ("orders"."payments"."method" <> 'invoice' or ("orders"."payments"."sub_order_id" is not null and "orders"."payments"."paid_on" is not null));--> statement-breakpoint
ALTER TABLE "orders"."payments" ADD CONSTRAINT "payments_status_known" CHECK ("orders"."payments"."status" in ('pending', 'requires_action', 'succeeded', 'declined', 'failed', 'cancelled'));--> statement-breakpoint
ALTER TABLE "orders"."sub_orders" ADD CONSTRAINT "sub_orders_received_within_total" CHECK ("orders"."sub_orders"."received_minor" >= 0 and "orders"."sub_orders"."received_minor" <= "orders"."sub_orders"."total_minor");--> statement-breakpoint
ALTER TABLE "orders"."test_provider_payments" ADD CONSTRAINT "test_provider_payments_status_known" CHECK ("orders"."test_provider_payments"."status" in ('succeeded', 'declined', 'requires_action', 'failed', 'expired', 'cancelled'));--> statement-breakpoint
-- Parts paid before this migration received their total: a card part from its payment, an invoice part
-- when it was marked paid (recorded here as an invoice payment without a document number: none was asked).
UPDATE "orders"."sub_orders" SET "received_minor" = "total_minor" WHERE "paid_at" IS NOT NULL;--> statement-breakpoint
INSERT INTO "orders"."payments" ("order_id", "method", "provider", "status", "amount_minor", "idempotency_key",
  "request_hash", "sub_order_id", "paid_on", "created_at", "updated_at")
SELECT s."order_id", 'invoice', 'bank_transfer', 'succeeded', s."total_minor", 'invoice/' || s."id" || '/before-0012', '',
  s."id", ((s."paid_at" AT TIME ZONE 'UTC') + interval '3 hours')::date, s."paid_at", s."paid_at"
FROM "orders"."sub_orders" s JOIN "orders"."orders" o ON o."id" = s."order_id"
WHERE o."payment_method" = 'invoice' AND s."paid_at" IS NOT NULL AND s."total_minor" > 0;
