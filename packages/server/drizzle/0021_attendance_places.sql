CREATE TABLE "attendance_place" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"name" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"geofence_radius_m" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_place_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "attendance_place_radius_check" CHECK ("attendance_place"."geofence_radius_m" is null or "attendance_place"."geofence_radius_m" > 0)
);
--> statement-breakpoint
ALTER TABLE "attendance_record" ADD COLUMN "place_id" uuid;--> statement-breakpoint
ALTER TABLE "attendance_place" ADD CONSTRAINT "attendance_place_org_id_opportunity_id_opportunity_org_id_id_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunity"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_place_opportunity_idx" ON "attendance_place" USING btree ("org_id","opportunity_id");--> statement-breakpoint
ALTER TABLE "attendance_record" ADD CONSTRAINT "attendance_record_org_id_place_id_attendance_place_org_id_id_fk" FOREIGN KEY ("org_id","place_id") REFERENCES "public"."attendance_place"("org_id","id") ON DELETE no action ON UPDATE no action;