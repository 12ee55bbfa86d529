-- Matching keeps, per server process, a snapshot of what it bounds candidates by (status,
-- languages, gender, interests, weekly slots, location, skills, insurance cover, the contact and
-- network-sharing consents). Every volunteer row carries the id of the last transaction that
-- changed it or any of those facts (`match_xid`, set by triggers), so a ranking can read just the
-- rows changed since its process last looked: those with `match_xid` at or above the xmin of the
-- snapshot it last read with (transactions committed later, or still running then, have ids at
-- or above it). The child tables mark their volunteer once per statement.
ALTER TABLE "volunteer" ADD COLUMN "match_xid" xid8 DEFAULT '0' NOT NULL;--> statement-breakpoint
CREATE INDEX "volunteer_match_xid_idx" ON "volunteer" USING btree ("match_xid");--> statement-breakpoint
CREATE FUNCTION musubi_volunteer_match_xid() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      NEW.match_xid := pg_current_xact_id();
      RETURN NEW;
    END
  $$;--> statement-breakpoint
CREATE TRIGGER volunteer_match_xid BEFORE INSERT OR UPDATE ON "volunteer"
  FOR EACH ROW EXECUTE FUNCTION musubi_volunteer_match_xid();--> statement-breakpoint
CREATE FUNCTION musubi_mark_volunteer_for_matching() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        UPDATE volunteer v SET match_xid = pg_current_xact_id()
          FROM (SELECT DISTINCT org_id, volunteer_id FROM changed_new) c
          WHERE v.org_id = c.org_id AND v.id = c.volunteer_id;
      ELSIF TG_OP = 'DELETE' THEN
        UPDATE volunteer v SET match_xid = pg_current_xact_id()
          FROM (SELECT DISTINCT org_id, volunteer_id FROM changed_old) c
          WHERE v.org_id = c.org_id AND v.id = c.volunteer_id;
      ELSE
        UPDATE volunteer v SET match_xid = pg_current_xact_id()
          FROM (SELECT org_id, volunteer_id FROM changed_new UNION SELECT org_id, volunteer_id FROM changed_old) c
          WHERE v.org_id = c.org_id AND v.id = c.volunteer_id;
      END IF;
      RETURN NULL;
    END
  $$;--> statement-breakpoint
CREATE TRIGGER volunteer_skill_match_insert AFTER INSERT ON "volunteer_skill" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();--> statement-breakpoint
CREATE TRIGGER volunteer_skill_match_update AFTER UPDATE ON "volunteer_skill"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();--> statement-breakpoint
CREATE TRIGGER volunteer_skill_match_delete AFTER DELETE ON "volunteer_skill" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();--> statement-breakpoint
CREATE TRIGGER volunteer_consent_match_insert AFTER INSERT ON "volunteer_consent" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();--> statement-breakpoint
CREATE TRIGGER volunteer_consent_match_update AFTER UPDATE ON "volunteer_consent"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();--> statement-breakpoint
CREATE TRIGGER volunteer_consent_match_delete AFTER DELETE ON "volunteer_consent" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();--> statement-breakpoint
CREATE TRIGGER insurance_enrollment_match_insert AFTER INSERT ON "insurance_enrollment"
  REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();--> statement-breakpoint
CREATE TRIGGER insurance_enrollment_match_update AFTER UPDATE ON "insurance_enrollment"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();--> statement-breakpoint
CREATE TRIGGER insurance_enrollment_match_delete AFTER DELETE ON "insurance_enrollment"
  REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_mark_volunteer_for_matching();
