CREATE TABLE "mail_digest_item" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"line" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"digested_at" timestamp with time zone,
	CONSTRAINT "mail_digest_item_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "shift_series" ADD COLUMN "waitlist" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "shift_series" ADD COLUMN "signup_opens_days_before" integer;--> statement-breakpoint
ALTER TABLE "shift_series" ADD COLUMN "signup_closes_hours_before" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shift_series" ADD COLUMN "materialized_until" timestamp with time zone;--> statement-breakpoint
-- Series made before this migration: their template and last occurrence come from the shifts they made.
UPDATE "shift_series" ss SET
  "materialized_until" = coalesce((SELECT max(s."starts_at") FROM "shift" s WHERE s."org_id" = ss."org_id" AND s."series_id" = ss."id"), ss."first_starts_at"),
  "waitlist" = coalesce((SELECT s."waitlist" FROM "shift" s WHERE s."org_id" = ss."org_id" AND s."series_id" = ss."id" ORDER BY s."starts_at" LIMIT 1), true),
  "signup_closes_hours_before" = coalesce((SELECT round(extract(epoch FROM s."starts_at" - s."signup_closes_at") / 3600)::integer FROM "shift" s WHERE s."org_id" = ss."org_id" AND s."series_id" = ss."id" ORDER BY s."starts_at" LIMIT 1), 0),
  "signup_opens_days_before" = (SELECT round(extract(epoch FROM s."starts_at" - s."signup_opens_at") / 86400)::integer FROM "shift" s WHERE s."org_id" = ss."org_id" AND s."series_id" = ss."id" ORDER BY s."starts_at" LIMIT 1);--> statement-breakpoint
ALTER TABLE "shift_series" ALTER COLUMN "materialized_until" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_settings" ADD COLUMN "digest_hour" integer DEFAULT 8 NOT NULL;--> statement-breakpoint
ALTER TABLE "volunteer" ADD COLUMN "mail_digest" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_digest_item" ADD CONSTRAINT "mail_digest_item_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_digest_item_pending_idx" ON "mail_digest_item" USING btree ("org_id","volunteer_id") WHERE "mail_digest_item"."digested_at" is null;--> statement-breakpoint
ALTER TABLE "participation_settings" ADD CONSTRAINT "participation_settings_digest_hour_check" CHECK ("participation_settings"."digest_hour" between 0 and 23);