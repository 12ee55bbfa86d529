CREATE TABLE "need_follow_up" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"respondent" text NOT NULL,
	"volunteer_id" uuid,
	"satisfaction" smallint NOT NULL,
	"should_continue" text NOT NULL,
	"comment" text,
	"method" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_follow_up_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "need_follow_up_respondent_check" CHECK ("need_follow_up"."respondent" in ('recipient', 'requester', 'volunteer')),
	CONSTRAINT "need_follow_up_volunteer_check" CHECK (("need_follow_up"."respondent" = 'volunteer') = ("need_follow_up"."volunteer_id" is not null)),
	CONSTRAINT "need_follow_up_satisfaction_check" CHECK ("need_follow_up"."satisfaction" between 1 and 5),
	CONSTRAINT "need_follow_up_continue_check" CHECK ("need_follow_up"."should_continue" in ('yes', 'no', 'unsure')),
	CONSTRAINT "need_follow_up_method_check" CHECK ("need_follow_up"."method" in ('phone', 'visit', 'paper', 'self'))
);
--> statement-breakpoint
CREATE TABLE "need_number_counter" (
	"org_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "need_number_counter_org_id_fiscal_year_pk" PRIMARY KEY("org_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "need_resource_line" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"volunteer_id" uuid,
	"planned_start" timestamp with time zone,
	"minutes" integer,
	"referral_target_kind" text,
	"referral_target_id" uuid,
	"referral_target_name" text,
	"answered_at" timestamp with time zone,
	"description" text,
	"quantity" numeric,
	"unit" text,
	"amount" numeric,
	"currency" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_resource_line_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "need_resource_line_kind_check" CHECK ("need_resource_line"."kind" in ('volunteer_time', 'referral', 'goods', 'money')),
	CONSTRAINT "need_resource_line_status_check" CHECK ("need_resource_line"."status" in ('planned', 'confirmed', 'done', 'cancelled', 'pending', 'accepted', 'declined')),
	CONSTRAINT "need_resource_line_target_check" CHECK ("need_resource_line"."referral_target_kind" in ('directory_organization', 'directory_service', 'network_organization', 'other')),
	CONSTRAINT "need_resource_line_volunteer_check" CHECK (("need_resource_line"."kind" = 'volunteer_time') = ("need_resource_line"."volunteer_id" is not null)),
	CONSTRAINT "need_resource_line_referral_check" CHECK (("need_resource_line"."kind" = 'referral') = ("need_resource_line"."referral_target_kind" is not null))
);
--> statement-breakpoint
CREATE TABLE "need_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"public_requests_open" boolean NOT NULL,
	"consent_wording_version" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_skill" (
	"org_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "need_skill_org_id_need_id_skill_id_pk" PRIMARY KEY("org_id","need_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "need" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" text NOT NULL,
	"closure_reason" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"channel" text NOT NULL,
	"requester_name" text,
	"requester_relation" text,
	"requester_phone" text,
	"requester_email" text,
	"recipient_id" uuid,
	"recipient_name" text,
	"on_behalf_consent_method" text,
	"on_behalf_consent_note" text,
	"online" boolean DEFAULT false NOT NULL,
	"postal_code" text,
	"address" text,
	"area" text,
	"latitude" double precision,
	"longitude" double precision,
	"time_windows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rrule" text,
	"headcount" integer DEFAULT 1 NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"helper_gender" text DEFAULT 'any' NOT NULL,
	"preference_note" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"cost_note" text,
	"coordinator_account_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "need_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "need_status_check" CHECK ("need"."status" in ('new', 'assessing', 'matching', 'proposed', 'confirmed', 'in_progress', 'completed', 'followed_up', 'closed')),
	CONSTRAINT "need_closure_reason_check" CHECK ("need"."closure_reason" in ('fulfilled', 'partly', 'unfulfilled', 'withdrawn', 'referred_elsewhere')),
	CONSTRAINT "need_closed_reason_check" CHECK (("need"."status" = 'closed') = ("need"."closure_reason" is not null)),
	CONSTRAINT "need_kind_check" CHECK ("need"."kind" in ('household_help', 'shopping', 'transport_escort', 'visit_conversation', 'care_support', 'event_help', 'disaster_cleanup', 'other')),
	CONSTRAINT "need_channel_check" CHECK ("need"."channel" in ('phone', 'walk_in', 'fax_paper', 'partner_referral', 'email', 'public_form')),
	CONSTRAINT "need_relation_check" CHECK ("need"."requester_relation" in ('self', 'family', 'neighbour', 'welfare_commissioner', 'care_professional', 'facility', 'partner_organization', 'other')),
	CONSTRAINT "need_on_behalf_check" CHECK ("need"."on_behalf_consent_method" in ('in_person', 'phone', 'written', 'through_someone')),
	CONSTRAINT "need_helper_gender_check" CHECK ("need"."helper_gender" in ('any', 'female', 'male')),
	CONSTRAINT "need_urgency_check" CHECK ("need"."urgency" in ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "need_headcount_check" CHECK ("need"."headcount" >= 1)
);
--> statement-breakpoint
CREATE TABLE "need_timeline_entry" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_account_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "need_timeline_entry_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "recipient_consent" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"method" text NOT NULL,
	"note" text,
	"wording_version" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recipient_consent_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "recipient_consent_purpose_check" CHECK ("recipient_consent"."purpose" in ('record_keeping', 'sensitive_data', 'referral_sharing')),
	CONSTRAINT "recipient_consent_method_check" CHECK ("recipient_consent"."method" in ('in_person', 'phone', 'written', 'through_someone'))
);
--> statement-breakpoint
CREATE TABLE "recipient" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_reading" text,
	"reading_key" text,
	"birth_date" date,
	"phone" text,
	"email" text,
	"postal_code" text,
	"address" text,
	"area" text,
	"latitude" double precision,
	"longitude" double precision,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recipient_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "sensitive_note" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"recipient_id" uuid,
	"need_id" uuid,
	"category" text NOT NULL,
	"body" text NOT NULL,
	"written_by" uuid,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sensitive_note_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "sensitive_note_subject_check" CHECK (("sensitive_note"."recipient_id" is null) <> ("sensitive_note"."need_id" is null)),
	CONSTRAINT "sensitive_note_category_check" CHECK ("sensitive_note"."category" in ('health', 'family', 'other'))
);
--> statement-breakpoint
ALTER TABLE "need_follow_up" ADD CONSTRAINT "need_follow_up_org_id_need_id_need_org_id_id_fk" FOREIGN KEY ("org_id","need_id") REFERENCES "public"."need"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_follow_up" ADD CONSTRAINT "need_follow_up_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_follow_up" ADD CONSTRAINT "need_follow_up_recorded_by_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_number_counter" ADD CONSTRAINT "need_number_counter_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_resource_line" ADD CONSTRAINT "need_resource_line_org_id_need_id_need_org_id_id_fk" FOREIGN KEY ("org_id","need_id") REFERENCES "public"."need"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_resource_line" ADD CONSTRAINT "need_resource_line_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_resource_line" ADD CONSTRAINT "need_resource_line_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_settings" ADD CONSTRAINT "need_settings_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_skill" ADD CONSTRAINT "need_skill_org_id_need_id_need_org_id_id_fk" FOREIGN KEY ("org_id","need_id") REFERENCES "public"."need"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_skill" ADD CONSTRAINT "need_skill_org_id_skill_id_skill_org_id_id_fk" FOREIGN KEY ("org_id","skill_id") REFERENCES "public"."skill"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_org_id_recipient_id_recipient_org_id_id_fk" FOREIGN KEY ("org_id","recipient_id") REFERENCES "public"."recipient"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_coordinator_account_id_account_id_fk" FOREIGN KEY ("coordinator_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_timeline_entry" ADD CONSTRAINT "need_timeline_entry_org_id_need_id_need_org_id_id_fk" FOREIGN KEY ("org_id","need_id") REFERENCES "public"."need"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_timeline_entry" ADD CONSTRAINT "need_timeline_entry_actor_account_id_account_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_consent" ADD CONSTRAINT "recipient_consent_org_id_recipient_id_recipient_org_id_id_fk" FOREIGN KEY ("org_id","recipient_id") REFERENCES "public"."recipient"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_consent" ADD CONSTRAINT "recipient_consent_recorded_by_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient" ADD CONSTRAINT "recipient_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient" ADD CONSTRAINT "recipient_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensitive_note" ADD CONSTRAINT "sensitive_note_org_id_recipient_id_recipient_org_id_id_fk" FOREIGN KEY ("org_id","recipient_id") REFERENCES "public"."recipient"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensitive_note" ADD CONSTRAINT "sensitive_note_org_id_need_id_need_org_id_id_fk" FOREIGN KEY ("org_id","need_id") REFERENCES "public"."need"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensitive_note" ADD CONSTRAINT "sensitive_note_written_by_account_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "need_follow_up_volunteer_key" ON "need_follow_up" USING btree ("org_id","need_id","volunteer_id") WHERE "need_follow_up"."volunteer_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "need_follow_up_respondent_key" ON "need_follow_up" USING btree ("org_id","need_id","respondent") WHERE "need_follow_up"."volunteer_id" is null;--> statement-breakpoint
CREATE INDEX "need_resource_line_need_idx" ON "need_resource_line" USING btree ("org_id","need_id");--> statement-breakpoint
CREATE INDEX "need_resource_line_volunteer_idx" ON "need_resource_line" USING btree ("org_id","volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "need_number_key" ON "need" USING btree ("org_id","number");--> statement-breakpoint
CREATE INDEX "need_status_idx" ON "need" USING btree ("org_id","status","id");--> statement-breakpoint
CREATE INDEX "need_recipient_idx" ON "need" USING btree ("org_id","recipient_id");--> statement-breakpoint
CREATE INDEX "need_completed_idx" ON "need" USING btree ("org_id","completed_at");--> statement-breakpoint
CREATE INDEX "need_timeline_entry_need_idx" ON "need_timeline_entry" USING btree ("org_id","need_id","at");--> statement-breakpoint
CREATE INDEX "recipient_consent_recipient_idx" ON "recipient_consent" USING btree ("org_id","recipient_id","purpose","recorded_at");--> statement-breakpoint
CREATE INDEX "recipient_reading_idx" ON "recipient" USING btree ("org_id","reading_key");--> statement-breakpoint
CREATE INDEX "recipient_phone_idx" ON "recipient" USING btree ("org_id","phone");--> statement-breakpoint
CREATE INDEX "sensitive_note_recipient_idx" ON "sensitive_note" USING btree ("org_id","recipient_id");--> statement-breakpoint
CREATE INDEX "sensitive_note_need_idx" ON "sensitive_note" USING btree ("org_id","need_id");