CREATE TABLE "ledger_batch" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"transfer_ids" uuid[] NOT NULL,
	"total_minutes" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_batch_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "ledger_batch" ADD CONSTRAINT "ledger_batch_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_batch" ADD CONSTRAINT "ledger_batch_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_batch_idempotency_idx" ON "ledger_batch" USING btree ("org_id","idempotency_key");--> statement-breakpoint
CREATE TRIGGER ledger_batch_append_only
  BEFORE UPDATE OR DELETE ON ledger_batch
  FOR EACH ROW EXECUTE FUNCTION musubi_refuse_change();
--> statement-breakpoint
-- The first entry of a batch (by item index) that takes its account below the floor or a member
-- above the cap, with running balances over the items in order; no row when none does.
CREATE FUNCTION musubi_ledger_batch_first_refused(p_org uuid, p_member_cap bigint, p_entries jsonb)
RETURNS TABLE (i integer, a uuid, m bigint, before bigint, floor bigint)
LANGUAGE sql STABLE AS $$
  SELECT v.i, v.a, v.m, v.after - v.m, v.floor
    FROM (
      SELECT x.i, x.a, x.m, acc.floor, acc.owner_kind,
        (acc.balance + sum(x.m) OVER (PARTITION BY x.a ORDER BY x.i ROWS UNBOUNDED PRECEDING))::bigint AS after
      FROM jsonb_to_recordset(p_entries) AS x(i integer, t uuid, e uuid, a uuid, m bigint)
      JOIN ledger_account acc ON acc.org_id = p_org AND acc.id = x.a
    ) v
    WHERE (v.m < 0 AND v.floor IS NOT NULL AND v.after < v.floor)
       OR (v.m > 0 AND v.owner_kind = 'member' AND p_member_cap IS NOT NULL AND v.after > p_member_cap)
    ORDER BY v.i
    LIMIT 1
$$;
--> statement-breakpoint
-- An atomic batch of transfers whose legs are known in advance, in one round trip and set-based.
-- The work that needs no lock comes first: answer a replayed batch key, write all transfers and all
-- entries, and check that each transfer sums to zero right away (the deferred trigger of 0015, fired
-- early). Then lock every account involved once, in id order, FOR NO KEY UPDATE (the entries'
-- foreign keys hold key-share locks on the accounts, which that mode does not wait for, so no
-- deadlock); answer the same batch committed meanwhile; find the first item (in request order) that
-- would take an account below its floor or a member above the cap, with running balances computed
-- by a window over the items, exactly as posting them one by one would; move the balance
-- projections and write the batch and its audit entry. A refusal or a replay undoes the writes (the
-- block's subtransaction). Called as a statement of its own (autocommit), the accounts stay locked
-- only for the short locked part and the commit, never across a round trip to the application.
-- Every ledger write locks accounts in this mode (musubi_ledger_post below, lockAccounts).
-- p_transfers: [{ i, id, kind, d (value date), memo, reason }]; p_entries: [{ i, t, e, a, m }] with
-- one entry per account and transfer (legs merged), i the item index; p_audit: { id, action,
-- summary, requestId }. p_write = false only checks (no lock, nothing written): the first item
-- refused by balances, for a batch that the application already refuses at a later item.
-- Outcomes: ok | replayed | key_reused | insufficient | cap (nothing written unless ok and p_write).
CREATE FUNCTION musubi_ledger_post_batch(
  p_org uuid, p_batch uuid, p_key text, p_hash text, p_created_by uuid, p_member_cap bigint,
  p_total bigint, p_transfers jsonb, p_entries jsonb, p_write boolean, p_audit jsonb
) RETURNS TABLE (o_outcome text, o_index integer, o_ref uuid, o_balance bigint, o_floor bigint, o_created_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
  v_existing record;
  v_bad record;
  v_created_at timestamptz;
  v_outcome text;
BEGIN
  SELECT b.id, b.request_hash INTO v_existing
    FROM ledger_batch b WHERE b.org_id = p_org AND b.idempotency_key = p_key;
  IF FOUND THEN
    RETURN QUERY SELECT CASE WHEN v_existing.request_hash = p_hash THEN 'replayed' ELSE 'key_reused' END,
      NULL::integer, v_existing.id, NULL::bigint, NULL::bigint, NULL::timestamptz;
    RETURN;
  END IF;
  IF NOT p_write THEN
    SELECT * INTO v_bad FROM musubi_ledger_batch_first_refused(p_org, p_member_cap, p_entries);
    IF v_bad.i IS NOT NULL THEN
      RETURN QUERY SELECT CASE WHEN v_bad.m < 0 THEN 'insufficient' ELSE 'cap' END, v_bad.i, v_bad.a, v_bad.before,
        CASE WHEN v_bad.m < 0 THEN v_bad.floor ELSE p_member_cap END, NULL::timestamptz;
    ELSE
      RETURN QUERY SELECT 'ok'::text, NULL::integer, p_batch, NULL::bigint, NULL::bigint, NULL::timestamptz;
    END IF;
    RETURN;
  END IF;
  BEGIN
    INSERT INTO ledger_transfer (org_id, id, unit, kind, created_by, value_date, memo, reason)
      SELECT p_org, t.id, 'hours', t.kind, p_created_by, t.d, t.memo, t.reason
        FROM jsonb_to_recordset(p_transfers) AS t(i integer, id uuid, kind text, d date, memo text, reason text)
        ORDER BY t.i;
    INSERT INTO ledger_entry (org_id, id, transfer_id, account_id, amount, value_date)
      SELECT p_org, x.e, x.t, x.a, x.m, t.d
        FROM jsonb_to_recordset(p_entries) AS x(i integer, t uuid, e uuid, a uuid, m bigint)
        JOIN jsonb_to_recordset(p_transfers) AS t(i integer, d date) ON t.i = x.i
        ORDER BY x.e;
    -- Every new transfer sums to zero with two or more entries: checked now, before any lock.
    SET CONSTRAINTS ledger_transfer_balanced IMMEDIATE;
    SET CONSTRAINTS ledger_transfer_balanced DEFERRED;
    PERFORM 1 FROM ledger_account a
      WHERE a.org_id = p_org
        AND a.id IN (SELECT (x->>'a')::uuid FROM jsonb_array_elements(p_entries) x)
      ORDER BY a.id FOR NO KEY UPDATE;
    -- The same batch, committed while this one waited for the locks (rolls this one's writes back).
    SELECT b.id, b.request_hash INTO v_existing
      FROM ledger_batch b WHERE b.org_id = p_org AND b.idempotency_key = p_key;
    IF FOUND THEN
      v_outcome := CASE WHEN v_existing.request_hash = p_hash THEN 'replayed' ELSE 'key_reused' END;
      RAISE EXCEPTION 'ledger batch %', v_outcome;
    END IF;
    SELECT * INTO v_bad FROM musubi_ledger_batch_first_refused(p_org, p_member_cap, p_entries);
    IF v_bad.i IS NOT NULL THEN
      v_outcome := CASE WHEN v_bad.m < 0 THEN 'insufficient' ELSE 'cap' END;
      RAISE EXCEPTION 'ledger batch %', v_outcome;
    END IF;
    UPDATE ledger_account acc SET balance = acc.balance + s.total
      FROM (
        SELECT x.a, sum(x.m)::bigint AS total
          FROM jsonb_to_recordset(p_entries) AS x(a uuid, m bigint) GROUP BY x.a
      ) s
      WHERE acc.org_id = p_org AND acc.id = s.a AND s.total <> 0;
    INSERT INTO ledger_batch (org_id, id, idempotency_key, request_hash, transfer_ids, total_minutes, created_by)
      SELECT p_org, p_batch, p_key, p_hash, array_agg(t.id ORDER BY t.i), p_total, p_created_by
        FROM jsonb_to_recordset(p_transfers) AS t(i integer, id uuid)
      RETURNING created_at INTO v_created_at;
    INSERT INTO audit_entry (org_id, id, actor_account_id, action, target_type, target_id, summary, request_id)
      VALUES (p_org, (p_audit->>'id')::uuid, p_created_by, p_audit->>'action', 'ledger_batch', p_batch::text,
        coalesce(p_audit->'summary', '{}'::jsonb), p_audit->>'requestId');
  EXCEPTION WHEN raise_exception THEN
    IF v_outcome IS NULL THEN RAISE; END IF;
  END;
  IF v_outcome IN ('replayed', 'key_reused') THEN
    RETURN QUERY SELECT v_outcome, NULL::integer, v_existing.id, NULL::bigint, NULL::bigint, NULL::timestamptz;
  ELSIF v_outcome IS NOT NULL THEN
    RETURN QUERY SELECT v_outcome, v_bad.i, v_bad.a, v_bad.before,
      CASE WHEN v_bad.m < 0 THEN v_bad.floor ELSE p_member_cap END, NULL::timestamptz;
  ELSE
    RETURN QUERY SELECT 'ok'::text, NULL::integer, p_batch, NULL::bigint, NULL::bigint, v_created_at;
  END IF;
END;
$$;
--> statement-breakpoint
-- musubi_ledger_post with the transfer's audit entry written by the same statement (only when the
-- transfer is written). Called as a statement of its own (autocommit), a single transfer holds its
-- accounts' locks only while the server runs it and commits, never across a round trip to the
-- application. p_audit: { id, action, summary, requestId }.
CREATE FUNCTION musubi_ledger_post_audited(
  p_org uuid, p_id uuid, p_unit text, p_kind text, p_key text, p_hash text, p_reverses uuid,
  p_source text, p_memo text, p_reason text, p_created_by uuid, p_value_date date,
  p_accounts uuid[], p_amounts bigint[], p_entry_ids uuid[], p_member_cap bigint, p_audit jsonb
) RETURNS TABLE (o_outcome text, o_ref uuid, o_balance bigint, o_floor bigint, o_created_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
  v_result record;
BEGIN
  SELECT * INTO v_result FROM musubi_ledger_post(p_org, p_id, p_unit, p_kind, p_key, p_hash, p_reverses,
    p_source, p_memo, p_reason, p_created_by, p_value_date, p_accounts, p_amounts, p_entry_ids, p_member_cap);
  IF v_result.o_outcome = 'ok' THEN
    INSERT INTO audit_entry (org_id, id, actor_account_id, action, target_type, target_id, summary, request_id)
      VALUES (p_org, (p_audit->>'id')::uuid, p_created_by, p_audit->>'action', 'ledger_transfer', p_id::text,
        coalesce(p_audit->'summary', '{}'::jsonb), p_audit->>'requestId');
  END IF;
  RETURN QUERY SELECT v_result.o_outcome, v_result.o_ref, v_result.o_balance, v_result.o_floor, v_result.o_created_at;
END;
$$;
--> statement-breakpoint
-- musubi_ledger_post (0020) as it was, but locking its accounts FOR NO KEY UPDATE like every ledger
-- write (see musubi_ledger_post_batch): a batch holding key-share locks from its entries' foreign
-- keys while it waits for its own locks must not block a single transfer's lock, or the two deadlock.
CREATE OR REPLACE FUNCTION musubi_ledger_post(
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
  PERFORM 1 FROM ledger_account a WHERE a.org_id = p_org AND a.id = ANY (p_accounts) ORDER BY a.id FOR NO KEY UPDATE;
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
