import type {
  TLedgerAccount,
  TLedgerAccountListResponse,
  TLedgerAdjustmentRequest,
  TLedgerBeneficiary,
  TLedgerDonationRequest,
  TLedgerGiftRequest,
  TLedgerReconciliation,
  TLedgerReversalRequest,
  TLedgerRules,
  TLedgerSpendRequest,
  TLedgerStatement,
  TLedgerTransfer,
  TMyPassbook,
  TUpdateLedgerRulesRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

const ledgerApiPath = (orgId: string) => `/api/v1/organizations/${orgId}/ledger`;

/** Every answer about an organization's ledger starts with this key (a write invalidates them all). */
export const ledgerQueryKey = (orgId: string) => ['ledger', orgId] as const;
export const myPassbookQueryKey = ['me', 'passbook'] as const;

/** A period of a statement; empty means from the first entry / up to now. */
export interface TPeriod {
  from?: string;
  to?: string;
}

/** The printable passbook of one of my accounts, for a link (the browser downloads it with the session cookie). */
export function passbookPdfUrl(accountId: string, period: TPeriod): string {
  const query = new URLSearchParams(Object.entries(period).filter((entry): entry is [string, string] => !!entry[1]));
  const search = query.toString();
  return `/api/v1/me/passbook/accounts/${accountId}/statement.pdf${search ? `?${search}` : ''}`;
}

export const ledgerApi = {
  accounts: (orgId: string, search: string) =>
    api.get<TLedgerAccountListResponse>(`${ledgerApiPath(orgId)}/accounts`, { search }),
  account: (orgId: string, accountId: string) =>
    api.get<TLedgerAccount>(`${ledgerApiPath(orgId)}/accounts/${accountId}`),
  statement: (orgId: string, accountId: string, period: TPeriod) =>
    api.get<TLedgerStatement>(`${ledgerApiPath(orgId)}/accounts/${accountId}/statement`, { ...period }),
  rules: (orgId: string) => api.get<TLedgerRules>(`${ledgerApiPath(orgId)}/rules`),
  updateRules: (orgId: string, body: TUpdateLedgerRulesRequest) =>
    api.put<TLedgerRules>(`${ledgerApiPath(orgId)}/rules`, body),
  beneficiaries: (orgId: string) =>
    api.get<{ beneficiaries: TLedgerBeneficiary[] }>(`${ledgerApiPath(orgId)}/beneficiaries`),
  addBeneficiary: (orgId: string, body: { giverAccountId: string; recipientId: string; relation: string }) =>
    api.post<TLedgerBeneficiary>(`${ledgerApiPath(orgId)}/beneficiaries`, body),
  reconcile: (orgId: string) => api.get<TLedgerReconciliation>(`${ledgerApiPath(orgId)}/reconciliation`),
  spend: (orgId: string, body: TLedgerSpendRequest) =>
    api.post<TLedgerTransfer>(`${ledgerApiPath(orgId)}/spends`, body),
  gift: (orgId: string, body: TLedgerGiftRequest) => api.post<TLedgerTransfer>(`${ledgerApiPath(orgId)}/gifts`, body),
  donate: (orgId: string, body: TLedgerDonationRequest) =>
    api.post<TLedgerTransfer>(`${ledgerApiPath(orgId)}/donations`, body),
  adjust: (orgId: string, body: TLedgerAdjustmentRequest) =>
    api.post<TLedgerTransfer>(`${ledgerApiPath(orgId)}/adjustments`, body),
  reverse: (orgId: string, transferId: string, body: TLedgerReversalRequest) =>
    api.post<TLedgerTransfer>(`${ledgerApiPath(orgId)}/transfers/${transferId}/reversal`, body),
  myPassbook: () => api.get<TMyPassbook>('/api/v1/me/passbook'),
  myStatement: (accountId: string, period: TPeriod) =>
    api.get<TLedgerStatement>(`/api/v1/me/passbook/accounts/${accountId}/statement`, { ...period }),
};
