-- One round trip for the locked part of a ledger transfer whose legs are known in
-- advance (spends, gifts, donations, adjustments, reversals): lock the accounts in id
-- order, answer a replayed idempotency key, check floors and the member cap, write the
-- transfer and its entries and move the balance projections. The accounts stay locked
-- only for this call and the commit that follows, so hot accounts queue briefly.
-- Outcomes: ok | replayed | key_reused | insufficient | cap (nothing written unless ok).
CREATE FUNCTION musubi_ledger_post(
  p_org uuid, p_id uuid, p_unit text, p_kind text, p_key text, p_hash text, p_reverses uuid,
  p_source text, p_memo text, p_reason text, p_created_by uuid, p_value_date date,
  p_accounts uuid[], p_amounts bigint[], p_entry_ids uuid[], p_member_cap bigint
) RETURNS TABLE (o_outcome text, o_ref uuid, o_balance bigint, o_floor bigint, o_created_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
  v_existing record;
  v_account record;
  v_created_at timestamptz;
BEGIN
  PERFORM 1 FROM ledger_account a WHERE a.org_id = p_org AND a.id = ANY (p_accounts) ORDER BY a.id FOR UPDATE;
  IF p_key IS NOT NULL THEN
    SELECT t.id, t.request_hash INTO v_existing
      FROM ledger_transfer t WHERE t.org_id = p_org AND t.idempotency_key = p_key;
    IF FOUND THEN
      RETURN QUERY SELECT CASE WHEN v_existing.request_hash = p_hash THEN 'replayed' ELSE 'key_reused' END,
        v_existing.id, NULL::bigint, NULL::bigint, NULL::timestamptz;
      RETURN;
    END IF;
  END IF;
  FOR v_account IN
    SELECT a.id, a.balance, a.floor, a.owner_kind, u.amount
      FROM unnest(p_accounts, p_amounts) AS u(account_id, amount)
      JOIN ledger_account a ON a.org_id = p_org AND a.id = u.account_id
  LOOP
    IF v_account.amount < 0 AND v_account.floor IS NOT NULL AND v_account.balance + v_account.amount < v_account.floor THEN
      RETURN QUERY SELECT 'insufficient'::text, v_account.id, v_account.balance, v_account.floor, NULL::timestamptz;
      RETURN;
    END IF;
    IF v_account.amount > 0 AND v_account.owner_kind = 'member' AND p_member_cap IS NOT NULL
       AND v_account.balance + v_account.amount > p_member_cap THEN
      RETURN QUERY SELECT 'cap'::text, v_account.id, v_account.balance, p_member_cap, NULL::timestamptz;
      RETURN;
    END IF;
  END LOOP;
  INSERT INTO ledger_transfer (org_id, id, unit, kind, idempotency_key, request_hash, reverses_transfer_id,
      source_id, memo, reason, created_by, value_date)
    VALUES (p_org, p_id, p_unit, p_kind, p_key, p_hash, p_reverses, p_source, p_memo, p_reason, p_created_by, p_value_date)
    RETURNING created_at INTO v_created_at;
  INSERT INTO ledger_entry (org_id, id, transfer_id, account_id, amount, value_date)
    SELECT p_org, u.entry_id, p_id, u.account_id, u.amount, p_value_date
      FROM unnest(p_entry_ids, p_accounts, p_amounts) AS u(entry_id, account_id, amount);
  UPDATE ledger_account a SET balance = a.balance + u.amount
    FROM unnest(p_accounts, p_amounts) AS u(account_id, amount)
    WHERE a.org_id = p_org AND a.id = u.account_id;
  RETURN QUERY SELECT 'ok'::text, p_id, NULL::bigint, NULL::bigint, v_created_at;
END;
$$;
