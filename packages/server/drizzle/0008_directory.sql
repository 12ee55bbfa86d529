CREATE TABLE "directory_location" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"hsds_id" uuid NOT NULL,
	"directory_organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"postal_code" text,
	"address" text,
	"area" text,
	"latitude" double precision,
	"longitude" double precision,
	"accessibility" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_location_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "directory_organization" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"hsds_id" uuid NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"description" text,
	"kind" text NOT NULL,
	"website" text,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_organization_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "directory_organization_kind_check" CHECK ("directory_organization"."kind" in ('facility', 'npo', 'group', 'government', 'business', 'other'))
);
--> statement-breakpoint
CREATE TABLE "directory_schedule" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"service_id" uuid,
	"location_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"freq" text NOT NULL,
	"byday" text[] NOT NULL,
	"opens_at" text NOT NULL,
	"closes_at" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"description" text,
	CONSTRAINT "directory_schedule_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "directory_schedule_owner_check" CHECK (("directory_schedule"."service_id" is null) <> ("directory_schedule"."location_id" is null)),
	CONSTRAINT "directory_schedule_freq_check" CHECK ("directory_schedule"."freq" in ('WEEKLY', 'MONTHLY')),
	CONSTRAINT "directory_schedule_hours_check" CHECK ("directory_schedule"."opens_at" < "directory_schedule"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "directory_service_location" (
	"org_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	CONSTRAINT "directory_service_location_org_id_service_id_location_id_pk" PRIMARY KEY("org_id","service_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "directory_service" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"hsds_id" uuid NOT NULL,
	"directory_organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"eligibility" text,
	"fees" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"website" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_service_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "directory_service_status_check" CHECK ("directory_service"."status" in ('active', 'inactive'))
);
--> statement-breakpoint
ALTER TABLE "directory_location" ADD CONSTRAINT "directory_location_organization_fk" FOREIGN KEY ("org_id","directory_organization_id") REFERENCES "public"."directory_organization"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_organization" ADD CONSTRAINT "directory_organization_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_schedule" ADD CONSTRAINT "directory_schedule_service_fk" FOREIGN KEY ("org_id","service_id") REFERENCES "public"."directory_service"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_schedule" ADD CONSTRAINT "directory_schedule_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."directory_location"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_location" ADD CONSTRAINT "directory_service_location_service_fk" FOREIGN KEY ("org_id","service_id") REFERENCES "public"."directory_service"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_location" ADD CONSTRAINT "directory_service_location_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."directory_location"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service" ADD CONSTRAINT "directory_service_organization_fk" FOREIGN KEY ("org_id","directory_organization_id") REFERENCES "public"."directory_organization"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "directory_location_hsds_key" ON "directory_location" USING btree ("org_id","hsds_id");--> statement-breakpoint
CREATE INDEX "directory_location_organization_idx" ON "directory_location" USING btree ("org_id","directory_organization_id");--> statement-breakpoint
CREATE INDEX "directory_location_area_idx" ON "directory_location" USING btree ("org_id","area");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_organization_hsds_key" ON "directory_organization" USING btree ("org_id","hsds_id");--> statement-breakpoint
CREATE INDEX "directory_organization_name_idx" ON "directory_organization" USING btree ("org_id","name","id");--> statement-breakpoint
CREATE INDEX "directory_schedule_service_idx" ON "directory_schedule" USING btree ("org_id","service_id");--> statement-breakpoint
CREATE INDEX "directory_schedule_location_idx" ON "directory_schedule" USING btree ("org_id","location_id");--> statement-breakpoint
CREATE INDEX "directory_service_location_location_idx" ON "directory_service_location" USING btree ("org_id","location_id");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_service_hsds_key" ON "directory_service" USING btree ("org_id","hsds_id");--> statement-breakpoint
CREATE INDEX "directory_service_organization_idx" ON "directory_service" USING btree ("org_id","directory_organization_id");--> statement-breakpoint
CREATE INDEX "directory_service_name_idx" ON "directory_service" USING btree ("org_id","name","id");