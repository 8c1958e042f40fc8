CREATE SCHEMA "users";
--> statement-breakpoint
CREATE TYPE "users"."user_role" AS ENUM('customer', 'seller', 'carrier', 'admin');--> statement-breakpoint
CREATE TYPE "users"."user_status" AS ENUM('pending', 'active', 'approved', 'suspended');--> statement-breakpoint
CREATE TABLE "users"."audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"user_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users"."login_failures" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	CONSTRAINT "login_failures_positive" CHECK ("users"."login_failures"."failures" > 0)
);
--> statement-breakpoint
CREATE TABLE "users"."refresh_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users"."sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"device_id" text NOT NULL,
	"user_agent" text,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text
);
--> statement-breakpoint
CREATE TABLE "users"."users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"role" "users"."user_role" NOT NULL,
	"status" "users"."user_status" NOT NULL,
	"status_before_suspension" "users"."user_status",
	"company_name" text,
	"company_inn" text,
	"company_kpp" text,
	"company_address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lower" CHECK ("users"."users"."email" = lower("users"."users"."email")),
	CONSTRAINT "users_inn_digits" CHECK ("users"."users"."company_inn" is null or "users"."users"."company_inn" ~ '^([0-9]{10}|[0-9]{12})$'),
	CONSTRAINT "users_company_required" CHECK ("users"."users"."role" in ('customer', 'admin') or ("users"."users"."company_name" is not null and "users"."users"."company_inn" is not null)),
	CONSTRAINT "users_status_by_role" CHECK (("users"."users"."role" in ('seller', 'carrier') and "users"."users"."status" in ('pending', 'approved', 'suspended'))
        or ("users"."users"."role" in ('customer', 'admin') and "users"."users"."status" in ('active', 'suspended')))
);
--> statement-breakpoint
ALTER TABLE "users"."audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "users"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users"."sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_user_seq_idx" ON "users"."audit_log" USING btree ("user_id","seq");--> statement-breakpoint
CREATE INDEX "refresh_tokens_session_idx" ON "users"."refresh_tokens" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "users"."sessions" USING btree ("user_id","revoked_at");--> statement-breakpoint
CREATE INDEX "sessions_device_idx" ON "users"."sessions" USING btree ("user_id","device_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users"."users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_created_idx" ON "users"."users" USING btree ("created_at","id");