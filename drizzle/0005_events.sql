CREATE SCHEMA "events";
--> statement-breakpoint
CREATE TABLE "events"."deadlines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone,
	CONSTRAINT "deadlines_kind_format" CHECK ("events"."deadlines"."kind" ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
	CONSTRAINT "deadlines_key_not_empty" CHECK (length("events"."deadlines"."key") > 0),
	CONSTRAINT "deadlines_status" CHECK ("events"."deadlines"."status" in ('pending', 'done', 'dead', 'cancelled')),
	CONSTRAINT "deadlines_attempts_non_negative" CHECK ("events"."deadlines"."attempts" >= 0),
	CONSTRAINT "deadlines_payload_object" CHECK (jsonb_typeof("events"."deadlines"."payload") = 'object'),
	CONSTRAINT "deadlines_not_before_due" CHECK ("events"."deadlines"."next_attempt_at" >= "events"."deadlines"."due_at"),
	CONSTRAINT "deadlines_fired_when_done" CHECK (("events"."deadlines"."status" = 'done') = ("events"."deadlines"."fired_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "events"."outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"type" text NOT NULL,
	"key" text,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"delivered_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "outbox_type_format" CHECK ("events"."outbox"."type" ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
	CONSTRAINT "outbox_status" CHECK ("events"."outbox"."status" in ('pending', 'done', 'dead')),
	CONSTRAINT "outbox_attempts_non_negative" CHECK ("events"."outbox"."attempts" >= 0),
	CONSTRAINT "outbox_payload_object" CHECK (jsonb_typeof("events"."outbox"."payload") = 'object'),
	CONSTRAINT "outbox_delivered_when_done" CHECK (("events"."outbox"."status" = 'done') = ("events"."outbox"."delivered_at" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "deadlines_pending_key" ON "events"."deadlines" USING btree ("kind","key") WHERE "events"."deadlines"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "deadlines_due_idx" ON "events"."deadlines" USING btree ("next_attempt_at","id") WHERE "events"."deadlines"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "deadlines_dead_idx" ON "events"."deadlines" USING btree ("updated_at","id") WHERE "events"."deadlines"."status" = 'dead';--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "events"."outbox" USING btree ("next_attempt_at","seq") WHERE "events"."outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_dead_idx" ON "events"."outbox" USING btree ("updated_at","id") WHERE "events"."outbox"."status" = 'dead';--> statement-breakpoint
CREATE INDEX "outbox_key_idx" ON "events"."outbox" USING btree ("key","seq");