-- Consents are evidence: a new answer is a new row, earlier answers are never changed or removed.
CREATE TRIGGER volunteer_consent_append_only
  BEFORE UPDATE OR DELETE ON volunteer_consent
  FOR EACH ROW EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER volunteer_consent_no_truncate
  BEFORE TRUNCATE ON volunteer_consent
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_refuse_change();
