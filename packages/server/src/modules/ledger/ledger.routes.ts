import {
  translate,
  ZCreateLedgerBeneficiaryRequest,
  ZIdempotencyKey,
  ZLedgerAccount,
  ZLedgerAccountListQuery,
  ZLedgerAccountListResponse,
  ZLedgerAccountParams,
  ZLedgerAdjustmentRequest,
  ZLedgerBalanceAt,
  ZLedgerBalanceQuery,
  ZLedgerBeneficiary,
  ZLedgerBeneficiaryListResponse,
  ZLedgerDonationRequest,
  ZLedgerExpiryRun,
  ZLedgerExpiryRunRequest,
  ZLedgerGiftRequest,
  ZLedgerReconciliation,
  ZLedgerReversalRequest,
  ZLedgerRules,
  ZLedgerSpendRequest,
  ZLedgerStatement,
  ZLedgerStatementQuery,
  ZLedgerTransfer,
  ZLedgerTransferBatch,
  ZLedgerTransferBatchRequest,
  ZLedgerTransferListQuery,
  ZLedgerTransferListResponse,
  ZLedgerTransferParams,
  ZMyPassbook,
  ZMyPassbookParams,
  ZOpenLedgerAccountRequest,
  ZOrgParams,
  ZUpdateLedgerRulesRequest,
} from '@musubi/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { type Actor, actorOf } from '../../platform/http/deps';
import { requestLocale } from '../../platform/i18n/request-locale';
import { orgAccess, SIGNED_IN } from '../../platform/policy/policy';
import { renderPassbookPdf } from '../certificates';
import { getAccount, listLedgerAccounts, openLedgerAccount } from './accounts.service';
import { addLedgerBeneficiary, listLedgerBeneficiaries } from './beneficiaries.service';
import { expireCreditsOf } from './expiry.service';
import {
  type FlowResult,
  recordAdjustment,
  recordDonation,
  recordGift,
  recordSpend,
  reverseTransfer,
} from './flows.service';
import { ledgerPolicy } from './ledger.policy';
import { getLedgerRules, updateLedgerRules } from './rules.service';
import { accountStatement, balanceAt, myPassbook, myStatement, reconcile } from './statements.service';
import { BatchItemRefused, postTransferBatch } from './transfer-batches.service';
import { getTransfer, listLedgerTransfers } from './transfers.service';

const tags = ['ledger'];
const LEDGER = '/api/v1/organizations/:orgId/ledger';

/**
 * The idempotency key of a ledger write: the `Idempotency-Key` header, else
 * the body's `idempotencyKey` (forms send it in the body). Required.
 */
function idempotencyKeyOf(request: FastifyRequest): string {
  const header = request.headers['idempotency-key'];
  const fromBody = (request.body as { idempotencyKey?: string } | undefined)?.idempotencyKey;
  const parsed = ZIdempotencyKey.safeParse(typeof header === 'string' ? header : fromBody);
  if (!parsed.success) throw new AppError('LEDGER_IDEMPOTENCY_KEY_REQUIRED');
  return parsed.data;
}

/** 201 with the transfer, the first time and on every replay (marked by a header). */
function sendTransfer(reply: FastifyReply, result: FlowResult) {
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(201).send(result.transfer);
}

export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  // ------------------------------------------------------------ rules

  app.get(`${LEDGER}/rules`, {
    schema: { tags, summary: 'Time-credit rules (hours)', params: ZOrgParams, response: { 200: ZLedgerRules } },
    config: { access: orgAccess(ledgerPolicy, 'ledger.rules.read') },
    handler: (request) => getLedgerRules(db, request.params.orgId),
  });

  app.put(`${LEDGER}/rules`, {
    schema: {
      tags,
      summary: 'Replace the time-credit rules (hours)',
      params: ZOrgParams,
      body: ZUpdateLedgerRulesRequest,
      response: { 200: ZLedgerRules },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.rules.manage') },
    handler: (request) => updateLedgerRules(db, actorOf(request), request.params.orgId, request.body),
  });

  // ------------------------------------------------------------ accounts and statements

  app.get(`${LEDGER}/accounts`, {
    schema: {
      tags,
      summary: 'Accounts with their balances (search by holder name)',
      params: ZOrgParams,
      querystring: ZLedgerAccountListQuery,
      response: { 200: ZLedgerAccountListResponse },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.read') },
    handler: (request) => listLedgerAccounts(db, request.params.orgId, request.query),
  });

  app.post(`${LEDGER}/accounts`, {
    schema: {
      tags,
      summary: "Open (or find) a volunteer's or a recipient's account",
      params: ZOrgParams,
      body: ZOpenLedgerAccountRequest,
      response: { 200: ZLedgerAccount, 201: ZLedgerAccount },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.manage') },
    handler: async (request, reply) => {
      const { account, created } = await openLedgerAccount(db, actorOf(request), request.params.orgId, request.body);
      return reply.status(created ? 201 : 200).send(account);
    },
  });

  app.get(`${LEDGER}/accounts/:accountId`, {
    schema: { tags, summary: 'One account', params: ZLedgerAccountParams, response: { 200: ZLedgerAccount } },
    config: { access: orgAccess(ledgerPolicy, 'ledger.read') },
    handler: (request) => getAccount(db, request.params.orgId, request.params.accountId),
  });

  app.get(`${LEDGER}/accounts/:accountId/statement`, {
    schema: {
      tags,
      summary: "An account's statement with running balance between two dates",
      params: ZLedgerAccountParams,
      querystring: ZLedgerStatementQuery,
      response: { 200: ZLedgerStatement },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.read') },
    handler: (request) => accountStatement(db, request.params.orgId, request.params.accountId, request.query),
  });

  app.get(`${LEDGER}/accounts/:accountId/balance`, {
    schema: {
      tags,
      summary: "An account's balance at the end of a day",
      params: ZLedgerAccountParams,
      querystring: ZLedgerBalanceQuery,
      response: { 200: ZLedgerBalanceAt },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.read') },
    handler: (request) => balanceAt(db, request.params.orgId, request.params.accountId, request.query.at),
  });

  // ------------------------------------------------------------ transfers

  app.get(`${LEDGER}/transfers`, {
    schema: {
      tags,
      summary: 'Recent transfers, newest first (optionally of one account)',
      params: ZOrgParams,
      querystring: ZLedgerTransferListQuery,
      response: { 200: ZLedgerTransferListResponse },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.read') },
    handler: (request) => listLedgerTransfers(db, request.params.orgId, request.query),
  });

  app.get(`${LEDGER}/transfers/:transferId`, {
    schema: {
      tags,
      summary: 'One transfer with its entries',
      params: ZLedgerTransferParams,
      response: { 200: ZLedgerTransfer },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.read') },
    handler: (request) => getTransfer(db, request.params.orgId, request.params.transferId),
  });

  app.post(`${LEDGER}/transfers/:transferId/reversal`, {
    schema: {
      tags,
      summary: 'Reverse a transfer (once) with a reason; idempotent by key',
      params: ZLedgerTransferParams,
      body: ZLedgerReversalRequest,
      response: { 201: ZLedgerTransfer },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.manage') },
    handler: async (request, reply) =>
      sendTransfer(
        reply,
        await reverseTransfer(
          db,
          actorOf(request),
          request.params.orgId,
          request.params.transferId,
          idempotencyKeyOf(request),
          request.body,
        ),
      ),
  });

  /** A coordinator's flow on the ledger: POST with an idempotency key, answered 201 with the transfer. */
  const flowRoute = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    flow: (db: Db, actor: Actor, orgId: string, key: string, input: z.infer<B>) => Promise<FlowResult>,
  ) =>
    app.post(`${LEDGER}${path}`, {
      schema: { tags, summary, params: ZOrgParams, body, response: { 201: ZLedgerTransfer } },
      config: { access: orgAccess(ledgerPolicy, 'ledger.manage') },
      handler: async (request, reply) =>
        sendTransfer(
          reply,
          await flow(db, actorOf(request), request.params.orgId, idempotencyKeyOf(request), request.body as z.infer<B>),
        ),
    });

  flowRoute('/spends', 'A member pays for a service received (idempotent by key)', ZLedgerSpendRequest, recordSpend);
  flowRoute('/gifts', 'Give credits to a named beneficiary (idempotent by key)', ZLedgerGiftRequest, recordGift);
  flowRoute(
    '/donations',
    'Donate credits to the donation pool (idempotent by key)',
    ZLedgerDonationRequest,
    recordDonation,
  );
  flowRoute(
    '/adjustments',
    "A coordinator's correction of one account, with the reason (idempotent by key)",
    ZLedgerAdjustmentRequest,
    recordAdjustment,
  );

  app.post(`${LEDGER}/transfer-batches`, {
    schema: {
      tags,
      summary: 'Post up to 500 transfers atomically, all or nothing, in order (idempotent by key for the whole batch)',
      params: ZOrgParams,
      body: ZLedgerTransferBatchRequest,
      response: { 201: ZLedgerTransferBatch },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.manage') },
    handler: async (request, reply) => {
      try {
        const result = await postTransferBatch(
          db,
          actorOf(request),
          request.params.orgId,
          idempotencyKeyOf(request),
          request.body,
        );
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(result.batch);
      } catch (err) {
        if (!(err instanceof BatchItemRefused)) throw err;
        // The item's own message, in the caller's language, inside the batch's.
        const plain = Object.entries(err.error.details).filter(
          (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
        );
        throw new AppError('LEDGER_BATCH_ITEM_REFUSED', {
          ...err.error.details,
          index: err.index,
          position: err.index + 1,
          itemCode: err.error.code,
          reason: translate(requestLocale(request), `errors.${err.error.code}`, Object.fromEntries(plain)),
        });
      }
    },
  });

  // ------------------------------------------------------------ beneficiaries, reconcile, expiry

  app.get(`${LEDGER}/beneficiaries`, {
    schema: {
      tags,
      summary: "Members' named beneficiaries",
      params: ZOrgParams,
      response: { 200: ZLedgerBeneficiaryListResponse },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.read') },
    handler: (request) => listLedgerBeneficiaries(db, request.params.orgId),
  });

  app.post(`${LEDGER}/beneficiaries`, {
    schema: {
      tags,
      summary: 'Name a beneficiary (a recipient) of a member; the coordinator verifies the relation',
      params: ZOrgParams,
      body: ZCreateLedgerBeneficiaryRequest,
      response: { 200: ZLedgerBeneficiary, 201: ZLedgerBeneficiary },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.manage') },
    handler: async (request, reply) => {
      const { beneficiary, created } = await addLedgerBeneficiary(
        db,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(beneficiary);
    },
  });

  app.get(`${LEDGER}/reconciliation`, {
    schema: {
      tags,
      summary: 'Recompute every balance from the entries and report differences',
      params: ZOrgParams,
      response: { 200: ZLedgerReconciliation },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.reconcile') },
    handler: (request) => reconcile(db, request.params.orgId),
  });

  app.post(`${LEDGER}/expiry-runs`, {
    schema: {
      tags,
      summary: 'Run the expiry now (as the nightly job does; idempotent per account and cutoff)',
      params: ZOrgParams,
      body: ZLedgerExpiryRunRequest,
      response: { 200: ZLedgerExpiryRun },
    },
    config: { access: orgAccess(ledgerPolicy, 'ledger.manage') },
    handler: (request) => expireCreditsOf(db, request.params.orgId, request.body.asOf),
  });

  // ------------------------------------------------------------ my passbook

  app.get('/api/v1/me/passbook', {
    schema: { tags, summary: 'My time-credit accounts in every organization', response: { 200: ZMyPassbook } },
    config: { access: SIGNED_IN },
    handler: (request) => myPassbook(db, actorOf(request).accountId),
  });

  app.get('/api/v1/me/passbook/accounts/:accountId/statement', {
    schema: {
      tags,
      summary: 'The statement of one of my accounts',
      params: ZMyPassbookParams,
      querystring: ZLedgerStatementQuery,
      response: { 200: ZLedgerStatement },
    },
    config: { access: SIGNED_IN },
    handler: (request) => myStatement(db, actorOf(request).accountId, request.params.accountId, request.query),
  });

  app.get('/api/v1/me/passbook/accounts/:accountId/statement.pdf', {
    schema: {
      tags,
      summary: 'The statement of one of my accounts as a printable passbook (PDF, in my language)',
      params: ZMyPassbookParams,
      querystring: ZLedgerStatementQuery,
      produces: ['application/pdf'],
    },
    config: { access: SIGNED_IN },
    handler: async (request, reply) => {
      const statement = await myStatement(db, actorOf(request).accountId, request.params.accountId, request.query);
      const pdf = await renderPassbookPdf(statement, requestLocale(request), new Date());
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="passbook-${statement.account.id}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  });
};
