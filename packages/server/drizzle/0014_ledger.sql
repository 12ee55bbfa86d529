CREATE TABLE "ledger_account" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit" text NOT NULL,
	"owner_kind" text NOT NULL,
	"volunteer_id" uuid,
	"recipient_id" uuid,
	"balance" bigint DEFAULT 0 NOT NULL,
	"floor" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_account_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "ledger_account_unit_check" CHECK ("ledger_account"."unit" in ('hours')),
	CONSTRAINT "ledger_account_owner_kind_check" CHECK ("ledger_account"."owner_kind" in ('member', 'member_restricted', 'recipient', 'pool', 'donation', 'issuance')),
	CONSTRAINT "ledger_account_owner_check" CHECK (("ledger_account"."owner_kind" in ('member', 'member_restricted')) = ("ledger_account"."volunteer_id" is not null)
        and ("ledger_account"."owner_kind" = 'recipient') = ("ledger_account"."recipient_id" is not null)),
	CONSTRAINT "ledger_account_floor_check" CHECK ("ledger_account"."floor" is null or "ledger_account"."balance" >= "ledger_account"."floor")
);
--> statement-breakpoint
CREATE TABLE "ledger_beneficiary" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"giver_account_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"verified_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_beneficiary_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "ledger_beneficiary_relation_check" CHECK ("ledger_beneficiary"."relation" in ('parent', 'grandparent', 'spouse', 'sibling', 'relative', 'other'))
);
--> statement-breakpoint
CREATE TABLE "ledger_entry" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"transfer_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"value_date" date NOT NULL,
	CONSTRAINT "ledger_entry_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "ledger_rules" (
	"org_id" uuid NOT NULL,
	"unit" text NOT NULL,
	"mode" text NOT NULL,
	"earning_rates" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"default_rate_percent" integer DEFAULT 100 NOT NULL,
	"group_service_kinds" text[] DEFAULT '{}' NOT NULL,
	"balance_cap_minutes" integer,
	"excess_policy" text NOT NULL,
	"daily_max_minutes" integer,
	"expiry_months" integer,
	"gifts_allowed" boolean NOT NULL,
	"gift_min_age" integer,
	"pool_floor_minutes" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_rules_org_id_unit_pk" PRIMARY KEY("org_id","unit"),
	CONSTRAINT "ledger_rules_unit_check" CHECK ("ledger_rules"."unit" in ('hours')),
	CONSTRAINT "ledger_rules_mode_check" CHECK ("ledger_rules"."mode" in ('deposit', 'mutual_exchange')),
	CONSTRAINT "ledger_rules_excess_check" CHECK ("ledger_rules"."excess_policy" in ('donate', 'forfeit')),
	CONSTRAINT "ledger_rules_pool_floor_check" CHECK ("ledger_rules"."pool_floor_minutes" <= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transfer" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit" text NOT NULL,
	"kind" text NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"reverses_transfer_id" uuid,
	"source_id" text,
	"memo" text,
	"reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"value_date" date NOT NULL,
	CONSTRAINT "ledger_transfer_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "ledger_transfer_kind_check" CHECK ("ledger_transfer"."kind" in ('earn', 'spend', 'gift', 'donate', 'expire', 'adjust', 'reverse', 'exchange')),
	CONSTRAINT "ledger_transfer_reverse_check" CHECK (("ledger_transfer"."kind" = 'reverse') = ("ledger_transfer"."reverses_transfer_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_org_id_volunteer_id_volunteer_org_id_id_fk" FOREIGN KEY ("org_id","volunteer_id") REFERENCES "public"."volunteer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_org_id_recipient_id_recipient_org_id_id_fk" FOREIGN KEY ("org_id","recipient_id") REFERENCES "public"."recipient"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_beneficiary" ADD CONSTRAINT "ledger_beneficiary_org_id_giver_account_id_ledger_account_org_id_id_fk" FOREIGN KEY ("org_id","giver_account_id") REFERENCES "public"."ledger_account"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_beneficiary" ADD CONSTRAINT "ledger_beneficiary_org_id_account_id_ledger_account_org_id_id_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."ledger_account"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_beneficiary" ADD CONSTRAINT "ledger_beneficiary_org_id_recipient_id_recipient_org_id_id_fk" FOREIGN KEY ("org_id","recipient_id") REFERENCES "public"."recipient"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_beneficiary" ADD CONSTRAINT "ledger_beneficiary_verified_by_account_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_org_id_transfer_id_ledger_transfer_org_id_id_fk" FOREIGN KEY ("org_id","transfer_id") REFERENCES "public"."ledger_transfer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_org_id_account_id_ledger_account_org_id_id_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."ledger_account"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_rules" ADD CONSTRAINT "ledger_rules_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_rules" ADD CONSTRAINT "ledger_rules_updated_by_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfer" ADD CONSTRAINT "ledger_transfer_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfer" ADD CONSTRAINT "ledger_transfer_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfer" ADD CONSTRAINT "ledger_transfer_org_id_reverses_transfer_id_ledger_transfer_org_id_id_fk" FOREIGN KEY ("org_id","reverses_transfer_id") REFERENCES "public"."ledger_transfer"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_member_idx" ON "ledger_account" USING btree ("org_id","unit","owner_kind","volunteer_id") WHERE "ledger_account"."volunteer_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_recipient_idx" ON "ledger_account" USING btree ("org_id","unit","recipient_id") WHERE "ledger_account"."recipient_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_system_idx" ON "ledger_account" USING btree ("org_id","unit","owner_kind") WHERE "ledger_account"."owner_kind" in ('pool', 'donation', 'issuance');--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_beneficiary_pair_idx" ON "ledger_beneficiary" USING btree ("org_id","giver_account_id","recipient_id");--> statement-breakpoint
CREATE INDEX "ledger_entry_account_idx" ON "ledger_entry" USING btree ("org_id","account_id","value_date","transfer_id");--> statement-breakpoint
CREATE INDEX "ledger_entry_transfer_idx" ON "ledger_entry" USING btree ("org_id","transfer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transfer_idempotency_idx" ON "ledger_transfer" USING btree ("org_id","idempotency_key") WHERE "ledger_transfer"."idempotency_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transfer_reverses_idx" ON "ledger_transfer" USING btree ("org_id","reverses_transfer_id") WHERE "ledger_transfer"."reverses_transfer_id" is not null;--> statement-breakpoint
CREATE INDEX "ledger_transfer_value_date_idx" ON "ledger_transfer" USING btree ("org_id","kind","value_date");