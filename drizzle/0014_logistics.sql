CREATE SCHEMA "logistics";
--> statement-breakpoint
CREATE TABLE "logistics"."bids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"carrier_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"price_minor" bigint NOT NULL,
	"pickup_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL,
	CONSTRAINT "bids_status_ck" CHECK ("logistics"."bids"."status" in ('active', 'superseded', 'withdrawn', 'won', 'lost', 'declined')),
	CONSTRAINT "bids_price_ck" CHECK ("logistics"."bids"."price_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "logistics"."deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"bid_id" uuid NOT NULL,
	"carrier_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"sub_order_id" uuid NOT NULL,
	"status" text NOT NULL,
	"price_minor" bigint NOT NULL,
	"recipient_name" text,
	"proof_photo" text,
	"fail_reason" text,
	"remaining_km" numeric(8, 1),
	"eta_at" timestamp with time zone,
	"soon_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "deliveries_status_ck" CHECK ("logistics"."deliveries"."status" in ('awarded', 'en_route_to_pickup', 'loaded', 'in_transit', 'delivered', 'failed', 'cancelled')),
	CONSTRAINT "deliveries_price_ck" CHECK ("logistics"."deliveries"."price_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "logistics"."delivery_timeline" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"delivery_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logistics"."jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sub_order_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"order_number" text NOT NULL,
	"seller_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"pickup_name" text NOT NULL,
	"pickup_address" text NOT NULL,
	"pickup_lat" double precision NOT NULL,
	"pickup_lon" double precision NOT NULL,
	"pickup_hours" text DEFAULT '' NOT NULL,
	"dropoff_address" text NOT NULL,
	"dropoff_lat" double precision NOT NULL,
	"dropoff_lon" double precision NOT NULL,
	"contact" jsonb NOT NULL,
	"window_from" timestamp with time zone NOT NULL,
	"window_to" timestamp with time zone NOT NULL,
	"unloading" text NOT NULL,
	"weight_kg" numeric(14, 3) NOT NULL,
	"volume_m3" numeric(14, 6) NOT NULL,
	"longest_item_m" numeric(6, 2),
	"cargo" text NOT NULL,
	"needs_crane" boolean NOT NULL,
	"bodies" text[] NOT NULL,
	"vehicles" integer NOT NULL,
	"road_km" numeric(8, 1) NOT NULL,
	"guide_price_minor" bigint NOT NULL,
	"paid_delivery_minor" bigint NOT NULL,
	"posted_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"reopened_no_bids" boolean DEFAULT false NOT NULL,
	"awarded_bid_id" uuid,
	"confirm_by" timestamp with time zone,
	"flag_reason" text,
	"flagged_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "jobs_status_ck" CHECK ("logistics"."jobs"."status" in ('open', 'awarded', 'assigned', 'delivered', 'flagged', 'cancelled')),
	CONSTRAINT "jobs_cargo_ck" CHECK ("logistics"."jobs"."cargo" in ('general', 'bulk_cement', 'ready_concrete', 'bulk')),
	CONSTRAINT "jobs_money_ck" CHECK ("logistics"."jobs"."guide_price_minor" >= 0 and "logistics"."jobs"."paid_delivery_minor" >= 0 and "logistics"."jobs"."vehicles" >= 1 and "logistics"."jobs"."round" >= 0),
	CONSTRAINT "jobs_window_ck" CHECK ("logistics"."jobs"."window_to" > "logistics"."jobs"."window_from"),
	CONSTRAINT "jobs_awarded_ck" CHECK ("logistics"."jobs"."status" not in ('awarded', 'assigned') or "logistics"."jobs"."awarded_bid_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "logistics"."positions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"delivery_id" uuid NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"speed_kmh" double precision,
	"heading" double precision,
	"accuracy_m" double precision,
	"at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"flag" text,
	"source" text NOT NULL,
	CONSTRAINT "positions_point_ck" CHECK ("logistics"."positions"."lat" between -90 and 90 and "logistics"."positions"."lon" between -180 and 180),
	CONSTRAINT "positions_flag_ck" CHECK ("logistics"."positions"."flag" is null or "logistics"."positions"."flag" in ('out_of_order', 'implausible'))
);
--> statement-breakpoint
CREATE TABLE "logistics"."share_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"delivery_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "logistics"."tracker_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"carrier_id" uuid NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "logistics"."vehicles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"body_type" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"payload_kg" integer NOT NULL,
	"volume_m3" numeric(7, 2) NOT NULL,
	"body_length_m" numeric(5, 2) NOT NULL,
	"crane" boolean DEFAULT false NOT NULL,
	"tail_lift" boolean DEFAULT false NOT NULL,
	"plate" text NOT NULL,
	"base_address" text DEFAULT '' NOT NULL,
	"base_lat" double precision NOT NULL,
	"base_lon" double precision NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "vehicles_body_type_ck" CHECK ("logistics"."vehicles"."body_type" in ('tent', 'flatbed', 'dump', 'crane', 'cement_tanker', 'concrete_mixer', 'long_flatbed', 'van', 'reefer')),
	CONSTRAINT "vehicles_size_ck" CHECK ("logistics"."vehicles"."payload_kg" between 1 and 60000 and "logistics"."vehicles"."volume_m3" > 0 and "logistics"."vehicles"."volume_m3" <= 200
          and "logistics"."vehicles"."body_length_m" > 0 and "logistics"."vehicles"."body_length_m" <= 30),
	CONSTRAINT "vehicles_base_ck" CHECK ("logistics"."vehicles"."base_lat" between -90 and 90 and "logistics"."vehicles"."base_lon" between -180 and 180)
);
--> statement-breakpoint
ALTER TABLE "logistics"."bids" ADD CONSTRAINT "bids_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "logistics"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics"."bids" ADD CONSTRAINT "bids_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "logistics"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics"."deliveries" ADD CONSTRAINT "deliveries_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "logistics"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics"."deliveries" ADD CONSTRAINT "deliveries_bid_id_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "logistics"."bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics"."deliveries" ADD CONSTRAINT "deliveries_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "logistics"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics"."delivery_timeline" ADD CONSTRAINT "delivery_timeline_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "logistics"."deliveries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics"."share_links" ADD CONSTRAINT "share_links_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "logistics"."deliveries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bids_one_active_uq" ON "logistics"."bids" USING btree ("job_id","carrier_id") WHERE "logistics"."bids"."status" = 'active';--> statement-breakpoint
CREATE INDEX "bids_job_idx" ON "logistics"."bids" USING btree ("job_id","status","price_minor","seq");--> statement-breakpoint
CREATE INDEX "bids_carrier_idx" ON "logistics"."bids" USING btree ("carrier_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_job_active_uq" ON "logistics"."deliveries" USING btree ("job_id") WHERE "logistics"."deliveries"."status" not in ('delivered', 'failed', 'cancelled');--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_vehicle_active_uq" ON "logistics"."deliveries" USING btree ("vehicle_id") WHERE "logistics"."deliveries"."status" in ('en_route_to_pickup', 'loaded', 'in_transit');--> statement-breakpoint
CREATE INDEX "deliveries_carrier_idx" ON "logistics"."deliveries" USING btree ("carrier_id","created_at");--> statement-breakpoint
CREATE INDEX "delivery_timeline_delivery_idx" ON "logistics"."delivery_timeline" USING btree ("delivery_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_timeline_once_uq" ON "logistics"."delivery_timeline" USING btree ("delivery_id","kind") WHERE "logistics"."delivery_timeline"."kind" in ('arrived_at_pickup', 'arrived_at_dropoff', 'arriving_soon');--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_sub_order_uq" ON "logistics"."jobs" USING btree ("sub_order_id");--> statement-breakpoint
CREATE INDEX "jobs_open_idx" ON "logistics"."jobs" USING btree ("closes_at") WHERE "logistics"."jobs"."status" = 'open';--> statement-breakpoint
CREATE INDEX "jobs_seller_idx" ON "logistics"."jobs" USING btree ("seller_id","posted_at");--> statement-breakpoint
CREATE INDEX "jobs_customer_idx" ON "logistics"."jobs" USING btree ("customer_id","posted_at");--> statement-breakpoint
CREATE INDEX "positions_delivery_idx" ON "logistics"."positions" USING btree ("delivery_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "share_links_token_uq" ON "logistics"."share_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "share_links_delivery_idx" ON "logistics"."share_links" USING btree ("delivery_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tracker_keys_hash_uq" ON "logistics"."tracker_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "tracker_keys_vehicle_idx" ON "logistics"."tracker_keys" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "vehicles_carrier_idx" ON "logistics"."vehicles" USING btree ("carrier_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "vehicles_plate_live_uq" ON "logistics"."vehicles" USING btree ("plate") WHERE "logistics"."vehicles"."deleted_at" is null;