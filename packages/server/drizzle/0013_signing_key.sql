CREATE TABLE "signing_key" (
	"purpose" text NOT NULL,
	"id" text NOT NULL,
	"secret" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "signing_key_purpose_id_pk" PRIMARY KEY("purpose","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "signing_key_current_idx" ON "signing_key" USING btree ("purpose") WHERE "signing_key"."retired_at" is null;