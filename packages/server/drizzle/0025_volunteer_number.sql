-- Volunteer records get a registration number per organization (登録番号 / 志愿者编号 / 봉사자 번호), printed on certificates.
CREATE TABLE "volunteer_number_counter" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "volunteer" ADD COLUMN "number" integer;--> statement-breakpoint
ALTER TABLE "volunteer_number_counter" ADD CONSTRAINT "volunteer_number_counter_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Existing records are numbered in order of registration, and each organization's counter continues from there.
UPDATE "volunteer" v SET "number" = n.rn
  FROM (SELECT org_id, id, row_number() OVER (PARTITION BY org_id ORDER BY created_at, id) AS rn FROM "volunteer") n
  WHERE v.org_id = n.org_id AND v.id = n.id;--> statement-breakpoint
INSERT INTO "volunteer_number_counter" (org_id, last_number)
  SELECT org_id, max("number") FROM "volunteer" GROUP BY org_id;--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_number_key" ON "volunteer" USING btree ("org_id","number");