CREATE TABLE "matching_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"weights" jsonb NOT NULL,
	"half_score_distance_km" double precision NOT NULL,
	"proposal_valid_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_settings_mode_check" CHECK ("matching_settings"."mode" in ('first_accept', 'coordinator_confirms'))
);
--> statement-breakpoint
CREATE TABLE "need_proposal" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"volunteer_org_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"rank" integer,
	"score" double precision NOT NULL,
	"max_score" double precision NOT NULL,
	"factors" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"weights" jsonb NOT NULL,
	"override_reason" text,
	"message" text,
	"token_hash" text NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_via" text,
	"decline_reason" text,
	"local_volunteer_id" uuid,
	"line_id" uuid,
	"closed_at" timestamp with time zone,
	CONSTRAINT "need_proposal_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "need_proposal_status_check" CHECK ("need_proposal"."status" in ('proposed', 'accepted', 'declined', 'withdrawn', 'confirmed', 'expired')),
	CONSTRAINT "need_proposal_via_check" CHECK ("need_proposal"."answered_via" in ('link', 'app', 'coordinator'))
);
--> statement-breakpoint
ALTER TABLE "volunteer" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "volunteer" ADD COLUMN "match_features" text[] GENERATED ALWAYS AS (musubi_match_features(languages, interests, gender, availability)) STORED;--> statement-breakpoint
ALTER TABLE "matching_settings" ADD CONSTRAINT "matching_settings_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_proposal" ADD CONSTRAINT "need_proposal_org_id_need_id_need_org_id_id_fk" FOREIGN KEY ("org_id","need_id") REFERENCES "public"."need"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_proposal" ADD CONSTRAINT "need_proposal_volunteer_org_id_organization_id_fk" FOREIGN KEY ("volunteer_org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_proposal" ADD CONSTRAINT "need_proposal_org_id_local_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","local_volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_proposal" ADD CONSTRAINT "need_proposal_proposed_by_account_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "need_proposal_need_idx" ON "need_proposal" USING btree ("org_id","need_id","status");--> statement-breakpoint
CREATE INDEX "need_proposal_volunteer_idx" ON "need_proposal" USING btree ("volunteer_org_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "need_proposal_token_idx" ON "need_proposal" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "need_proposal_open_idx" ON "need_proposal" USING btree ("expires_at") WHERE "need_proposal"."status" = 'proposed';--> statement-breakpoint
CREATE UNIQUE INDEX "need_proposal_live_key" ON "need_proposal" USING btree ("org_id","need_id","volunteer_org_id","volunteer_id") WHERE "need_proposal"."status" in ('proposed', 'accepted', 'confirmed');--> statement-breakpoint
CREATE INDEX "volunteer_location_idx" ON "volunteer" USING gist (point("longitude", "latitude"));--> statement-breakpoint
CREATE INDEX "volunteer_id_idx" ON "volunteer" USING btree ("id");--> statement-breakpoint
CREATE INDEX "volunteer_match_features_idx" ON "volunteer" USING gin ("match_features");--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_gender_check" CHECK ("volunteer"."gender" in ('female', 'male', 'other'));