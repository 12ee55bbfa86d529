CREATE TABLE "opportunity_skill" (
	"org_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "opportunity_skill_org_id_opportunity_id_skill_id_pk" PRIMARY KEY("org_id","opportunity_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "opportunity" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" text NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"postal_code" text,
	"address" text,
	"area" text,
	"latitude" double precision,
	"longitude" double precision,
	"required_insurance_plan_id" uuid,
	"minimum_age" integer,
	"accessibility_info" text,
	"beginner_friendly" boolean DEFAULT false NOT NULL,
	"trial" boolean DEFAULT false NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"visibility" text NOT NULL,
	"cancellation_deadline_hours" integer DEFAULT 24 NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunity_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "opportunity_category_check" CHECK ("opportunity"."category" in ('elderly', 'disability', 'children', 'community', 'environment', 'disaster', 'health', 'culture_sports', 'international', 'education', 'events', 'other')),
	CONSTRAINT "opportunity_status_check" CHECK ("opportunity"."status" in ('draft', 'published', 'closed', 'cancelled')),
	CONSTRAINT "opportunity_visibility_check" CHECK ("opportunity"."visibility" in ('public', 'network', 'organization'))
);
--> statement-breakpoint
CREATE TABLE "shift_role" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"shift_id" uuid NOT NULL,
	"name" text,
	"capacity" integer NOT NULL,
	"required_skill_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "shift_role_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "shift_role_capacity_check" CHECK ("shift_role"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "shift_series" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"rrule" text NOT NULL,
	"first_starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"time_zone" text NOT NULL,
	"roles" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shift_series_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "shift" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"series_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"waitlist" boolean DEFAULT true NOT NULL,
	"signup_opens_at" timestamp with time zone,
	"signup_closes_at" timestamp with time zone NOT NULL,
	"detached" boolean DEFAULT false NOT NULL,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shift_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "shift_status_check" CHECK ("shift"."status" in ('scheduled', 'cancelled')),
	CONSTRAINT "shift_time_check" CHECK ("shift"."starts_at" < "shift"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "calendar_feed" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feed_token_key" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "shift_signup" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"shift_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"warnings" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"promoted_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shift_signup_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "shift_signup_status_check" CHECK ("shift_signup"."status" in ('confirmed', 'waitlisted', 'cancelled')),
	CONSTRAINT "shift_signup_source_check" CHECK ("shift_signup"."source" in ('self', 'coordinator'))
);
--> statement-breakpoint
ALTER TABLE "opportunity_skill" ADD CONSTRAINT "opportunity_skill_org_id_opportunity_id_opportunity_org_id_id_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunity"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_skill" ADD CONSTRAINT "opportunity_skill_org_id_skill_id_skill_org_id_id_fk" FOREIGN KEY ("org_id","skill_id") REFERENCES "public"."skill"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_org_id_required_insurance_plan_id_insurance_plan_org_id_id_fk" FOREIGN KEY ("org_id","required_insurance_plan_id") REFERENCES "public"."insurance_plan"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_role" ADD CONSTRAINT "shift_role_org_id_shift_id_shift_org_id_id_fk" FOREIGN KEY ("org_id","shift_id") REFERENCES "public"."shift"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_role" ADD CONSTRAINT "shift_role_org_id_required_skill_id_skill_org_id_id_fk" FOREIGN KEY ("org_id","required_skill_id") REFERENCES "public"."skill"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_series" ADD CONSTRAINT "shift_series_org_id_opportunity_id_opportunity_org_id_id_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunity"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift" ADD CONSTRAINT "shift_org_id_opportunity_id_opportunity_org_id_id_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunity"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift" ADD CONSTRAINT "shift_org_id_series_id_shift_series_org_id_id_fk" FOREIGN KEY ("org_id","series_id") REFERENCES "public"."shift_series"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_signup" ADD CONSTRAINT "shift_signup_org_id_shift_id_shift_org_id_id_fk" FOREIGN KEY ("org_id","shift_id") REFERENCES "public"."shift"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_signup" ADD CONSTRAINT "shift_signup_org_id_role_id_shift_role_org_id_id_fk" FOREIGN KEY ("org_id","role_id") REFERENCES "public"."shift_role"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_signup" ADD CONSTRAINT "shift_signup_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_signup" ADD CONSTRAINT "shift_signup_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shift_signup" ADD CONSTRAINT "shift_signup_cancelled_by_account_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunity_catalogue_idx" ON "opportunity" USING btree ("status","visibility","category");--> statement-breakpoint
CREATE INDEX "opportunity_location_idx" ON "opportunity" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "shift_role_shift_idx" ON "shift_role" USING btree ("org_id","shift_id");--> statement-breakpoint
CREATE INDEX "shift_opportunity_idx" ON "shift" USING btree ("org_id","opportunity_id","starts_at");--> statement-breakpoint
CREATE INDEX "shift_upcoming_idx" ON "shift" USING btree ("starts_at","status");--> statement-breakpoint
CREATE UNIQUE INDEX "shift_signup_live_key" ON "shift_signup" USING btree ("org_id","shift_id","volunteer_id") WHERE "shift_signup"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "shift_signup_role_idx" ON "shift_signup" USING btree ("org_id","role_id","status");--> statement-breakpoint
CREATE INDEX "shift_signup_volunteer_idx" ON "shift_signup" USING btree ("org_id","volunteer_id","status");