/** Where the ledger's pages live, in one place for links and tests. */
export const ledgerPath = '/ledger';
export const ledgerAccountPath = (accountId: string) => `/ledger/accounts/${accountId}`;
export const ledgerRulesPath = '/ledger/rules';
export const ledgerBeneficiariesPath = '/ledger/beneficiaries';
export const ledgerReconcilePath = '/ledger/reconcile';
export const myPassbookPath = '/me/passbook';
