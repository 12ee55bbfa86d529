import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const ledgerPolicy = {
  /** Accounts, balances, statements, transfers and beneficiaries: everyone who runs the office reads them. */
  'ledger.read': { roles: STAFF_ROLES },
  /** Money-like decisions: spends, gifts, donations, adjustments, reversals, accounts, beneficiaries, expiry runs. */
  'ledger.manage': { roles: COORDINATOR_ROLES },
  'ledger.rules.read': { roles: STAFF_ROLES },
  'ledger.rules.manage': { roles: COORDINATOR_ROLES },
  /** Recomputing balances from the entries (reads everything; coordinators answer for the books). */
  'ledger.reconcile': { roles: COORDINATOR_ROLES },
} as const satisfies PolicyRules;
