CREATE TABLE "certificate_number_counter" (
	"org_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "certificate_number_counter_org_id_fiscal_year_pk" PRIMARY KEY("org_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "certificate_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"levels" jsonb,
	"representative_name" text,
	"representative_title" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"facts" jsonb NOT NULL,
	"signature" text NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text,
	CONSTRAINT "certificate_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "organization_seal" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"png" "bytea" NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_seal_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "certificate_number_counter" ADD CONSTRAINT "certificate_number_counter_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_settings" ADD CONSTRAINT "certificate_settings_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_issued_by_account_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_revoked_by_account_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_seal" ADD CONSTRAINT "organization_seal_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_seal" ADD CONSTRAINT "organization_seal_uploaded_by_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_number_key" ON "certificate" USING btree ("org_id","number");--> statement-breakpoint
CREATE INDEX "certificate_volunteer_idx" ON "certificate" USING btree ("org_id","volunteer_id","issued_at");--> statement-breakpoint
CREATE INDEX "certificate_number_idx" ON "certificate" USING btree ("number");--> statement-breakpoint
CREATE INDEX "certificate_id_idx" ON "certificate" USING btree ("id");