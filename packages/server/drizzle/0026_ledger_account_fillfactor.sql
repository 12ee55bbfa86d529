-- Every transfer moves the balance projection of each of its accounts, so the rows of
-- ledger_account are rewritten far more often than any other row (the pool and busy members by
-- nearly every transfer), and every entry's foreign key check reads them again. Packed full
-- (fillfactor 100), a page has no room for the new versions: they move to other pages, the
-- primary key gains an entry per version, and lookups walk the dead versions. In the ledger bench
-- 207 accounts took 166 pages with 7,800 dead versions after 12 s of batches, and one lookup by
-- primary key took 0.7 ms. With fillfactor 10 each page keeps room for new versions (HOT updates,
-- no new index entry) and is pruned whenever it is read with versions no transaction can see any
-- more (a packed page only when it is nearly full). One row per account: a few MB for ten
-- thousand members. CLUSTER rewrites the rows already there with the new setting; it may run
-- inside the migration's transaction.
ALTER TABLE "ledger_account" SET (fillfactor = 10);
--> statement-breakpoint
CLUSTER "ledger_account" USING "ledger_account_org_id_id_pk";
