CREATE TABLE "insurance_enrollment" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"policy_year" integer NOT NULL,
	"enrolled_on" date NOT NULL,
	"cover_starts_on" date NOT NULL,
	"cover_ends_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insurance_enrollment_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "insurance_enrollment_cover_check" CHECK ("insurance_enrollment"."cover_starts_on" <= "insurance_enrollment"."cover_ends_on")
);
--> statement-breakpoint
CREATE TABLE "insurance_plan" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"covers_natural_disaster" boolean DEFAULT false NOT NULL,
	"annual_premium" integer,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insurance_plan_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "participation_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"self_registration_open" boolean NOT NULL,
	"insurance_policy_start_month" integer NOT NULL,
	"insurance_check" text NOT NULL,
	"max_minutes_per_day" integer,
	"max_shifts_per_week" integer,
	"reminder_hours_before" integer NOT NULL,
	"lapsed_after_months" integer NOT NULL,
	"milestone_hours" integer[] NOT NULL,
	"consent_wording_version" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_settings_month_check" CHECK ("participation_settings"."insurance_policy_start_month" between 1 and 12),
	CONSTRAINT "participation_settings_insurance_check" CHECK ("participation_settings"."insurance_check" in ('off', 'warn', 'block'))
);
--> statement-breakpoint
CREATE TABLE "skill" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"names" jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "skill_kind_check" CHECK ("skill"."kind" in ('skill', 'qualification'))
);
--> statement-breakpoint
CREATE TABLE "volunteer_consent" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"wording_version" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_consent_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "volunteer_consent_purpose_check" CHECK ("volunteer_consent"."purpose" in ('contact', 'network_sharing', 'photos', 'sensitive_data'))
);
--> statement-breakpoint
CREATE TABLE "volunteer_skill" (
	"org_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "volunteer_skill_org_id_volunteer_id_skill_id_pk" PRIMARY KEY("org_id","volunteer_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "volunteer" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid,
	"name" text NOT NULL,
	"name_reading" text,
	"reading_key" text,
	"birth_date" date,
	"email" text,
	"phone" text,
	"preferred_channel" text NOT NULL,
	"locale" text NOT NULL,
	"postal_code" text,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"interests" text[] DEFAULT '{}' NOT NULL,
	"availability" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"availability_exceptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"accessibility_needs" text,
	"emergency_contact_name" text,
	"emergency_contact_phone" text,
	"emergency_contact_relation" text,
	"notes" text,
	"status" text NOT NULL,
	"registered_via" text NOT NULL,
	"registered_by" uuid,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"merged_into" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "volunteer_status_check" CHECK ("volunteer"."status" in ('applicant', 'active', 'inactive', 'lapsed', 'merged')),
	CONSTRAINT "volunteer_registered_via_check" CHECK ("volunteer"."registered_via" in ('self', 'on_behalf_of', 'import')),
	CONSTRAINT "volunteer_channel_check" CHECK ("volunteer"."preferred_channel" in ('email', 'phone', 'post')),
	CONSTRAINT "volunteer_merged_check" CHECK (("volunteer"."status" = 'merged') = ("volunteer"."merged_into" is not null))
);
--> statement-breakpoint
ALTER TABLE "insurance_enrollment" ADD CONSTRAINT "insurance_enrollment_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_enrollment" ADD CONSTRAINT "insurance_enrollment_org_id_plan_id_insurance_plan_org_id_id_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."insurance_plan"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_enrollment" ADD CONSTRAINT "insurance_enrollment_recorded_by_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_plan" ADD CONSTRAINT "insurance_plan_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_settings" ADD CONSTRAINT "participation_settings_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill" ADD CONSTRAINT "skill_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_consent" ADD CONSTRAINT "volunteer_consent_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_consent" ADD CONSTRAINT "volunteer_consent_recorded_by_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_skill" ADD CONSTRAINT "volunteer_skill_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_skill" ADD CONSTRAINT "volunteer_skill_org_id_skill_id_skill_org_id_id_fk" FOREIGN KEY ("org_id","skill_id") REFERENCES "public"."skill"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_registered_by_account_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_verified_by_account_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_org_id_merged_into_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","merged_into") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_enrollment_key" ON "insurance_enrollment" USING btree ("org_id","volunteer_id","plan_id","policy_year");--> statement-breakpoint
CREATE INDEX "insurance_enrollment_cover_idx" ON "insurance_enrollment" USING btree ("org_id","cover_ends_on");--> statement-breakpoint
CREATE INDEX "volunteer_consent_volunteer_idx" ON "volunteer_consent" USING btree ("org_id","volunteer_id","purpose","recorded_at");--> statement-breakpoint
CREATE INDEX "volunteer_skill_skill_idx" ON "volunteer_skill" USING btree ("org_id","skill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_account_key" ON "volunteer" USING btree ("org_id","account_id");--> statement-breakpoint
CREATE INDEX "volunteer_account_idx" ON "volunteer" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "volunteer_reading_idx" ON "volunteer" USING btree ("org_id","reading_key","birth_date");--> statement-breakpoint
CREATE INDEX "volunteer_phone_idx" ON "volunteer" USING btree ("org_id","phone");--> statement-breakpoint
CREATE INDEX "volunteer_email_idx" ON "volunteer" USING btree ("org_id","email");