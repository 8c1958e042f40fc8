CREATE TABLE "users"."tax_regime_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"user_id" uuid NOT NULL,
	"regime" text NOT NULL,
	"starts_on" date NOT NULL,
	"applies_from" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tax_regime_changes_regime" CHECK ("users"."tax_regime_changes"."regime" in ('vat_payer', 'usn', 'usn_vat_5', 'usn_vat_7'))
);
--> statement-breakpoint
ALTER TABLE "catalog"."offers" DROP CONSTRAINT "offers_vat_rate";--> statement-breakpoint
ALTER TABLE "catalog"."products" DROP CONSTRAINT "products_unit";--> statement-breakpoint
ALTER TABLE "catalog"."sellers" ADD COLUMN "tax_regimes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."warehouses" ADD COLUMN "delivery_radius_km" integer DEFAULT 300 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."warehouses" ADD COLUMN "lead_time_hours" integer;--> statement-breakpoint
ALTER TABLE "users"."users" ADD COLUMN "bank_name" text;--> statement-breakpoint
ALTER TABLE "users"."users" ADD COLUMN "bank_bik" text;--> statement-breakpoint
ALTER TABLE "users"."users" ADD COLUMN "bank_corr_account" text;--> statement-breakpoint
ALTER TABLE "users"."users" ADD COLUMN "bank_account" text;--> statement-breakpoint
ALTER TABLE "users"."tax_regime_changes" ADD CONSTRAINT "tax_regime_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tax_regime_changes_user_idx" ON "users"."tax_regime_changes" USING btree ("user_id","applies_from","seq");--> statement-breakpoint
ALTER TABLE "catalog"."offers" ADD CONSTRAINT "offers_vat_rate" CHECK ("catalog"."offers"."vat_rate" in ('22', '10', '0', '5', '7', 'none'));--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD CONSTRAINT "products_unit" CHECK ("catalog"."products"."unit" in ('шт', 'м', 'м²', 'м³', 'кг', 'т', 'л', 'упак', 'мешок', 'рулон', 'лист', 'пог. м',
                       'пачка', 'пара', 'компл', 'поддон', 'бухта'));--> statement-breakpoint
ALTER TABLE "catalog"."warehouses" ADD CONSTRAINT "warehouses_delivery_terms" CHECK ("catalog"."warehouses"."delivery_radius_km" between 0 and 10000
          and ("catalog"."warehouses"."lead_time_hours" is null or "catalog"."warehouses"."lead_time_hours" between 0 and 2160));--> statement-breakpoint
ALTER TABLE "users"."users" ADD CONSTRAINT "users_bank_complete" CHECK (("users"."users"."bank_name" is null and "users"."users"."bank_bik" is null and "users"."users"."bank_corr_account" is null and "users"."users"."bank_account" is null)
        or ("users"."users"."bank_name" is not null and "users"."users"."bank_bik" ~ '^[0-9]{9}$' and "users"."users"."bank_corr_account" ~ '^[0-9]{20}$'
            and "users"."users"."bank_account" ~ '^[0-9]{20}$'));