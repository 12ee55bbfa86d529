CREATE TABLE "attendance_personal_code" (
	"org_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"generation" integer NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_personal_code_org_id_volunteer_id_pk" PRIMARY KEY("org_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "attendance_record" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"shift_id" uuid,
	"need_id" uuid,
	"status" text NOT NULL,
	"clock_in_at" timestamp with time zone,
	"clock_out_at" timestamp with time zone,
	"credited_start" timestamp with time zone,
	"credited_end" timestamp with time zone,
	"credited_minutes" integer,
	"service_date" date NOT NULL,
	"role_name" text,
	"flags" text[] DEFAULT '{}' NOT NULL,
	"method_in" text,
	"method_out" text,
	"recorded_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"ledger_transfer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_record_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "attendance_record_status_check" CHECK ("attendance_record"."status" in ('open', 'pending', 'approved', 'rejected')),
	CONSTRAINT "attendance_record_times_check" CHECK ("attendance_record"."clock_in_at" is null or "attendance_record"."clock_out_at" is null or "attendance_record"."clock_in_at" < "attendance_record"."clock_out_at"),
	CONSTRAINT "attendance_record_minutes_check" CHECK ("attendance_record"."credited_minutes" is null or "attendance_record"."credited_minutes" >= 0),
	CONSTRAINT "attendance_record_closed_check" CHECK ("attendance_record"."status" = 'open' or "attendance_record"."status" = 'rejected' or "attendance_record"."credited_minutes" is not null)
);
--> statement-breakpoint
CREATE TABLE "attendance_scan" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"request_hash" text NOT NULL,
	"kind" text NOT NULL,
	"action" text NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL,
	"outcome" jsonb NOT NULL,
	"attendance_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_scan_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "attendance_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"credit_before_shift_start" boolean NOT NULL,
	"auto_approve_tolerance_minutes" integer NOT NULL,
	"auto_close_after_hours" integer NOT NULL,
	"daily_max_minutes" integer,
	"offline_window_hours" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance_site" (
	"org_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"geofence_radius_m" integer,
	"poster_generation" integer DEFAULT 1 NOT NULL,
	"poster_issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_site_org_id_opportunity_id_pk" PRIMARY KEY("org_id","opportunity_id"),
	CONSTRAINT "attendance_site_radius_check" CHECK ("attendance_site"."geofence_radius_m" is null or "attendance_site"."geofence_radius_m" > 0)
);
--> statement-breakpoint
ALTER TABLE "attendance_personal_code" ADD CONSTRAINT "attendance_personal_code_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_record" ADD CONSTRAINT "attendance_record_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_record" ADD CONSTRAINT "attendance_record_org_id_opportunity_id_opportunity_org_id_id_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunity"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_record" ADD CONSTRAINT "attendance_record_org_id_shift_id_shift_org_id_id_fk" FOREIGN KEY ("org_id","shift_id") REFERENCES "public"."shift"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_record" ADD CONSTRAINT "attendance_record_recorded_by_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_record" ADD CONSTRAINT "attendance_record_decided_by_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_scan" ADD CONSTRAINT "attendance_scan_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_scan" ADD CONSTRAINT "attendance_scan_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_scan" ADD CONSTRAINT "attendance_scan_org_id_attendance_id_attendance_record_org_id_id_fk" FOREIGN KEY ("org_id","attendance_id") REFERENCES "public"."attendance_record"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_settings" ADD CONSTRAINT "attendance_settings_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_site" ADD CONSTRAINT "attendance_site_org_id_opportunity_id_opportunity_org_id_id_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunity"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_record_day_key" ON "attendance_record" USING btree ("org_id","volunteer_id","opportunity_id","service_date");--> statement-breakpoint
CREATE INDEX "attendance_record_queue_idx" ON "attendance_record" USING btree ("org_id","status","service_date");--> statement-breakpoint
CREATE INDEX "attendance_record_open_idx" ON "attendance_record" USING btree ("status") WHERE "attendance_record"."status" = 'open';--> statement-breakpoint
CREATE INDEX "attendance_scan_id_idx" ON "attendance_scan" USING btree ("id");