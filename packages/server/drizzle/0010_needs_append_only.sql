-- A recipient's consents are evidence, and a need's timeline is its history:
-- new facts are new rows, earlier rows are never changed or removed.
CREATE TRIGGER recipient_consent_append_only
  BEFORE UPDATE OR DELETE ON recipient_consent
  FOR EACH ROW EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER recipient_consent_no_truncate
  BEFORE TRUNCATE ON recipient_consent
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER need_timeline_entry_append_only
  BEFORE UPDATE OR DELETE ON need_timeline_entry
  FOR EACH ROW EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER need_timeline_entry_no_truncate
  BEFORE TRUNCATE ON need_timeline_entry
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_refuse_change();
