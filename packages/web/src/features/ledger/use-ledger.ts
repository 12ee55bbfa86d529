import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ledgerApi, ledgerQueryKey, myPassbookQueryKey, type TPeriod } from './ledger.api';

export function useLedgerAccounts(orgId: string, search: string) {
  return useQuery({
    queryKey: [...ledgerQueryKey(orgId), 'accounts', search],
    queryFn: () => ledgerApi.accounts(orgId, search),
    placeholderData: keepPreviousData,
  });
}

export function useLedgerStatement(orgId: string, accountId: string, period: TPeriod) {
  return useQuery({
    queryKey: [...ledgerQueryKey(orgId), 'statement', accountId, period],
    queryFn: () => ledgerApi.statement(orgId, accountId, period),
    placeholderData: keepPreviousData,
  });
}

export function useLedgerRules(orgId: string) {
  return useQuery({ queryKey: [...ledgerQueryKey(orgId), 'rules'], queryFn: () => ledgerApi.rules(orgId) });
}

export function useLedgerBeneficiaries(orgId: string) {
  return useQuery({
    queryKey: [...ledgerQueryKey(orgId), 'beneficiaries'],
    queryFn: () => ledgerApi.beneficiaries(orgId),
  });
}

export function useReconciliation(orgId: string) {
  return useQuery({
    queryKey: [...ledgerQueryKey(orgId), 'reconciliation'],
    queryFn: () => ledgerApi.reconcile(orgId),
  });
}

export function useMyPassbook() {
  return useQuery({ queryKey: myPassbookQueryKey, queryFn: ledgerApi.myPassbook });
}

export function useMyStatement(accountId: string | null, period: TPeriod) {
  return useQuery({
    queryKey: [...myPassbookQueryKey, 'statement', accountId, period],
    queryFn: () => ledgerApi.myStatement(accountId!, period),
    enabled: accountId !== null,
    placeholderData: keepPreviousData,
  });
}

/** A ledger write; on success every ledger answer of the organization is fetched again. */
export function useLedgerWrite<TBody, TResult>(orgId: string, write: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: ledgerQueryKey(orgId) }),
  });
}

/**
 * The idempotency key of one form submission: the same while the person
 * retries (a lost answer cannot book twice), a new one after a success.
 */
export function useIdempotencyKey(): [string, () => void] {
  const [key, setKey] = useState(() => crypto.randomUUID());
  return [key, () => setKey(crypto.randomUUID())];
}
