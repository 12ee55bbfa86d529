-- A certificate is evidence: once issued, its facts and signature never change
-- and it is never removed. The only change allowed is revoking it, once, with
-- a reason.
CREATE FUNCTION musubi_certificate_revoke_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.revoked_at IS NULL
    AND NEW.revoked_at IS NOT NULL
    AND NEW.revoke_reason IS NOT NULL
    AND (NEW.org_id, NEW.id, NEW.number, NEW.volunteer_id, NEW.locale, NEW.facts, NEW.signature, NEW.issued_by, NEW.issued_at)
      IS NOT DISTINCT FROM
        (OLD.org_id, OLD.id, OLD.number, OLD.volunteer_id, OLD.locale, OLD.facts, OLD.signature, OLD.issued_by, OLD.issued_at)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'certificate % is append-only: only revoking it once is allowed', OLD.number
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER certificate_revoke_only
  BEFORE UPDATE ON certificate
  FOR EACH ROW EXECUTE FUNCTION musubi_certificate_revoke_only();
--> statement-breakpoint
CREATE TRIGGER certificate_no_delete
  BEFORE DELETE ON certificate
  FOR EACH ROW EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER certificate_no_truncate
  BEFORE TRUNCATE ON certificate
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
-- Seal images are kept as uploaded, so a reprint shows the seal its certificate was issued with.
CREATE TRIGGER organization_seal_append_only
  BEFORE UPDATE OR DELETE ON organization_seal
  FOR EACH ROW EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER organization_seal_no_truncate
  BEFORE TRUNCATE ON organization_seal
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_refuse_change();
