-- Ledger transfers and entries are append-only: a correction is a reversing
-- transfer, never an edit (musubi_refuse_change comes from 0001).
CREATE TRIGGER ledger_transfer_append_only
  BEFORE UPDATE OR DELETE ON ledger_transfer
  FOR EACH ROW EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_transfer_no_truncate
  BEFORE TRUNCATE ON ledger_transfer
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entry_append_only
  BEFORE UPDATE OR DELETE ON ledger_entry
  FOR EACH ROW EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entry_no_truncate
  BEFORE TRUNCATE ON ledger_entry
  FOR EACH STATEMENT EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
-- Every transfer's entries sum to zero and there are at least two of them,
-- checked when the transaction commits (after all its entries are written).
CREATE FUNCTION musubi_ledger_transfer_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total numeric;
  lines integer;
BEGIN
  SELECT coalesce(sum(amount), 0), count(*) INTO total, lines
    FROM ledger_entry WHERE org_id = NEW.org_id AND transfer_id = NEW.id;
  IF total <> 0 OR lines < 2 THEN
    RAISE EXCEPTION 'ledger transfer % is unbalanced (sum %, % entries)', NEW.id, total, lines
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_transfer_balanced
  AFTER INSERT ON ledger_transfer
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION musubi_ledger_transfer_balanced();
