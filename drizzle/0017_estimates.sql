CREATE SCHEMA "insights";
--> statement-breakpoint
CREATE TABLE "insights"."estimate_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"estimate_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "estimate_shares_hash_ck" CHECK ("insights"."estimate_shares"."token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "insights"."estimate_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"estimate_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"request" jsonb NOT NULL,
	"prices" jsonb NOT NULL,
	"goods_minor" bigint NOT NULL,
	"delivery_minor" bigint NOT NULL,
	"vat_minor" bigint NOT NULL,
	"total_minor" bigint NOT NULL,
	"job_count" integer NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "estimate_versions_version_ck" CHECK ("insights"."estimate_versions"."version" >= 1),
	CONSTRAINT "estimate_versions_title_ck" CHECK (char_length("insights"."estimate_versions"."title") between 1 and 200),
	CONSTRAINT "estimate_versions_money_ck" CHECK ("insights"."estimate_versions"."goods_minor" >= 0 and "insights"."estimate_versions"."delivery_minor" >= 0 and "insights"."estimate_versions"."vat_minor" >= 0 and "insights"."estimate_versions"."total_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insights"."estimates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"version" integer NOT NULL,
	"request" jsonb NOT NULL,
	"prices" jsonb NOT NULL,
	"total_minor" bigint NOT NULL,
	"job_count" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "estimates_title_ck" CHECK (char_length("insights"."estimates"."title") between 1 and 200),
	CONSTRAINT "estimates_version_ck" CHECK ("insights"."estimates"."version" >= 1),
	CONSTRAINT "estimates_total_ck" CHECK ("insights"."estimates"."total_minor" >= 0),
	CONSTRAINT "estimates_jobs_ck" CHECK ("insights"."estimates"."job_count" between 1 and 50),
	CONSTRAINT "estimates_json_ck" CHECK (jsonb_typeof("insights"."estimates"."request") = 'object' and jsonb_typeof("insights"."estimates"."prices") = 'object')
);
--> statement-breakpoint
ALTER TABLE "insights"."estimate_shares" ADD CONSTRAINT "estimate_shares_estimate_id_estimates_id_fk" FOREIGN KEY ("estimate_id") REFERENCES "insights"."estimates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights"."estimate_versions" ADD CONSTRAINT "estimate_versions_estimate_id_estimates_id_fk" FOREIGN KEY ("estimate_id") REFERENCES "insights"."estimates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "estimate_shares_token_uq" ON "insights"."estimate_shares" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "estimate_shares_estimate_idx" ON "insights"."estimate_shares" USING btree ("estimate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estimate_versions_number_uq" ON "insights"."estimate_versions" USING btree ("estimate_id","version");--> statement-breakpoint
CREATE INDEX "estimates_customer_idx" ON "insights"."estimates" USING btree ("customer_id","created_at","id");