/**
 * Ledger: the time-credit ledger of a time bank. Rules as data per
 * organization, accounts, append-only transfers of entries summing to zero,
 * passbooks and statements, reconcile and the expiry job.
 */

export { expireCredits, LEDGER_EXPIRE_JOB } from './expiry.service';
export { ledgerRoutes } from './ledger.routes';
export {
  postServiceCredit,
  reverseServiceCredit,
  type ServiceCreditInput,
  type ServiceCreditResult,
  type ServiceCreditReversalInput,
} from './service-credit.service';
