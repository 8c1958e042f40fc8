CREATE TABLE "orders"."test_provider_payments" (
	"provider_payment_id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"payment_id" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" text NOT NULL,
	"answer" jsonb NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"return_url" text NOT NULL,
	"card_brand" text NOT NULL,
	"card_last4" text NOT NULL,
	"decline_code" text,
	"decline_message" text,
	"expires_at" timestamp with time zone,
	"completion_body" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "test_provider_payments_status_known" CHECK ("orders"."test_provider_payments"."status" in ('succeeded', 'declined', 'requires_action', 'failed', 'expired'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "test_provider_payments_idempotency_key" ON "orders"."test_provider_payments" USING btree ("idempotency_key");