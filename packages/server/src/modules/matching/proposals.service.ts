import {
  instantOf,
  isLegalNeedTransition,
  isoWeekday,
  OPEN_PROPOSAL_STATUSES,
  type Ranking,
  type TLocale,
  type TMyProposalListResponse,
  type TProposal,
  type TProposalAnswerChannel,
  type TProposalAnswerRequest,
  type TProposalListResponse,
  type TProposalSummary,
  type TProposeRequest,
  type TProposeResponse,
  type TWithdrawProposalRequest,
  translate,
  ZProposeRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import { hashToken, newToken } from '../../platform/auth/session.service';
import type { Db } from '../../platform/db/client';
import { uniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors/app-error';
import type { Actor, AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB, queueMail } from '../../platform/mail/mail.service';
import { addResourceLineIn, appendNeedTimelineEntry, applyTransition, type NeedActor, requireNeed } from '../needs';
import { describeOrganizations, getOrganization } from '../organizations';
import { accountNamesByIds, addMembershipDirectly, findMembership } from '../people';
import { findVolunteerByAccount, insertVolunteer, volunteerBasics, volunteersOfAccount } from '../volunteers';
import {
  type MatchingSetup,
  matchingDate,
  prepareMatching,
  rankWithPrefilter,
  refreshNeedState,
  scoreOne,
} from './candidates.service';
import * as repo from './matching.repository';
import { getMatchingSettings } from './matching-settings.service';

type NeedRow = Awaited<ReturnType<typeof requireNeed>>;
const OPEN = new Set<string>(OPEN_PROPOSAL_STATUSES);
const LIVE = new Set<string>([...OPEN_PROPOSAL_STATUSES, 'confirmed']);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------- views

async function toProposals(db: Db, rows: readonly repo.ProposalRow[]): Promise<TProposal[]> {
  const people = await repo.findCandidateIdentities(
    db,
    rows.map((r) => r.volunteerId),
  );
  const accounts = await accountNamesByIds(db, [
    ...new Set(rows.map((r) => r.proposedBy).filter((id): id is string => !!id)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    needId: row.needId,
    volunteerId: row.volunteerId,
    volunteerOrgId: row.volunteerOrgId,
    volunteerName: people.get(row.volunteerId)?.name ?? '',
    status: row.status,
    rank: row.rank,
    score: row.score,
    maxScore: row.maxScore,
    factors: row.factors,
    reasons: row.reasons,
    overrideReason: row.overrideReason,
    message: row.message,
    proposedByName: row.proposedBy ? (accounts.get(row.proposedBy) ?? null) : null,
    proposedAt: row.proposedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answeredVia: row.answeredVia,
    declineReason: row.declineReason,
    lineId: row.lineId,
    closedAt: row.closedAt?.toISOString() ?? null,
  }));
}

/** The need as a volunteer may see it before saying yes: no recipient, address, phone or notes. */
async function toSummaries(db: Db, rows: readonly repo.ProposalRow[], now = new Date()): Promise<TProposalSummary[]> {
  const people = await repo.findCandidateIdentities(
    db,
    rows.map((r) => r.volunteerId),
  );
  const orgs = await describeOrganizations(db, [...new Set(rows.map((r) => r.orgId))]);
  const summaries: TProposalSummary[] = [];
  for (const row of rows) {
    const need = await repo.findNeedForMatching(db, row.orgId, row.needId);
    if (!need) continue;
    summaries.push({
      proposalId: row.id,
      orgId: row.orgId,
      orgName: orgs.get(row.orgId)?.name ?? '',
      status: row.status,
      expiresAt: row.expiresAt.toISOString(),
      volunteerName: people.get(row.volunteerId)?.name ?? '',
      need: {
        number: need.number,
        kind: need.kind as TProposalSummary['need']['kind'],
        title: need.title,
        area: need.area,
        online: need.online,
        urgency: need.urgency as TProposalSummary['need']['urgency'],
        timeWindows: need.timeWindows,
      },
      message: row.message,
      answerable: row.status === 'proposed' && row.expiresAt > now,
    });
  }
  return summaries;
}

export async function listNeedProposals(db: Db, orgId: string, needId: string): Promise<TProposalListResponse> {
  await requireNeed(db, orgId, needId);
  const [rows, settings] = await Promise.all([
    repo.listProposalsOfNeed(db, orgId, needId),
    getMatchingSettings(db, orgId),
  ]);
  return { proposals: await toProposals(db, rows), mode: settings.mode };
}

// ---------------------------------------------------------------- mail

function describeWindows(
  locale: TLocale,
  windows: readonly { date: string | null; weekday: number | null; start: string; end: string }[],
) {
  if (windows.length === 0) return translate(locale, 'matching.when_to_be_arranged');
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const parts = windows.map((w) => {
    const when = w.date
      ? day.format(new Date(`${w.date}T00:00:00Z`))
      : translate(locale, `matching.weekday_${w.weekday}`);
    return `${when} ${w.start}–${w.end}`;
  });
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

async function mailProposal(
  tx: Db,
  deps: Pick<AppDeps, 'config'>,
  need: repo.NeedForMatching,
  proposal: repo.ProposalRow,
  token: string,
  person: repo.CandidateIdentity,
) {
  // People who prefer the phone or post are called by the coordinator, who records their answer.
  if (!person.email || person.preferredChannel !== 'email') return;
  const org = await getOrganization(tx, need.orgId);
  const locale = person.locale as TLocale;
  const today = new Date().toISOString().slice(0, 10);
  await queueMail(tx, deps.config, {
    orgId: need.orgId,
    orgName: org.name,
    to: person.email,
    locale,
    template: 'proposal',
    params: {
      name: person.name,
      title: need.title,
      kind: translate(locale, `needs.kind_${need.kind}`),
      place: need.online
        ? translate(locale, 'matching.place_online')
        : (need.area ?? translate(locale, 'matching.place_to_be_told')),
      when: describeWindows(
        locale,
        need.timeWindows.filter((w) => !w.date || w.date >= today),
      ),
      message: proposal.message ? `\n${proposal.message}\n` : '',
      expires: new Intl.DateTimeFormat(locale, {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: org.timeZone,
      }).format(proposal.expiresAt),
      link: `${deps.config.publicUrl}/proposals/${token}`,
    },
  });
}

// ---------------------------------------------------------------- proposing

const invalid = (path: string, messageKey: string): AppError =>
  new AppError('VALIDATION_FAILED', {}, [{ path, in: 'body', code: 'invalid', messageKey }]);

/**
 * Asks one or several volunteers to help with a need. Each is scored again
 * inside the transaction (the need is locked, so proposals do not race):
 * a hard rule refuses, and someone outside the first `limit` of the ranking
 * the coordinator looked at, or with a warning, needs an override reason.
 * The ranking as it was is kept with each proposal. The need moves from
 * matching to proposed, and each volunteer who reads e-mail gets a link to
 * answer without signing in.
 */
export async function proposeVolunteers(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  needId: string,
  input: TProposeRequest,
): Promise<TProposeResponse> {
  const request = ZProposeRequest.parse(input);
  // The ranking the coordinator saw, for the rank of each person asked.
  const setup = await prepareMatching(deps.db, orgId, needId, request.weights ?? {});
  const { ranking } = await rankWithPrefilter(deps.db, setup, request.limit);
  const created = await deps.db.transaction((tx) => proposeIn(tx, deps, actor, setup, ranking, request));
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
  return { proposals: await toProposals(deps.db, created) };
}

/**
 * The proposals of `proposeVolunteers` in the caller's transaction, given the
 * prepared need and the ranking shown. Without `deps` nobody is mailed (the
 * demo seed, whose coordinator asks by phone).
 */
export async function proposeIn(
  tx: Db,
  deps: Pick<AppDeps, 'config'> | null,
  actor: Actor,
  setup: MatchingSetup,
  ranking: Ranking,
  input: TProposeRequest,
): Promise<repo.ProposalRow[]> {
  const request = ZProposeRequest.parse(input);
  const ids = request.proposals.map((p) => p.volunteerId);
  if (new Set(ids).size !== ids.length) throw invalid('proposals', 'validation.duplicate');
  const { orgId } = setup.scope;
  const needId = setup.row.id;
  const rankOf = new Map(ranking.ranked.map((c) => [c.volunteerId, c.rank]));
  const need = await requireNeed(tx, orgId, needId, true);
  if (need.status !== 'matching' && need.status !== 'proposed') {
    throw new AppError('MATCHING_NEED_NOT_OPEN', { status: need.status });
  }
  // The need is locked: the proposals and lines read now stay true until the commit.
  await refreshNeedState(tx, setup);
  const people = await repo.findCandidateIdentities(tx, ids);
  const rows: repo.ProposalRow[] = [];
  for (const asked of request.proposals) {
    const { volunteerId } = asked;
    const scored = await scoreOne(tx, setup, volunteerId);
    const person = people.get(volunteerId);
    if (!scored || !person) throw new AppError('MATCHING_CANDIDATE_NOT_FOUND', { volunteerId });
    if (scored.exclusions.some((e) => e.code === 'ALREADY_PROPOSED')) {
      throw new AppError('PROPOSAL_ALREADY_OPEN', { volunteerId });
    }
    if (scored.exclusions.length > 0) {
      throw new AppError('MATCHING_CANDIDATE_EXCLUDED', { volunteerId, exclusions: scored.exclusions });
    }
    const rank = rankOf.get(volunteerId) ?? null;
    const overrideReason = asked.overrideReason ?? null;
    if ((rank === null || scored.hasWarnings) && !overrideReason) {
      throw new AppError('MATCHING_OVERRIDE_REASON_REQUIRED', {
        volunteerId,
        rank,
        warnings: scored.reasons.filter((r) => r.warning).map((r) => r.code),
      });
    }
    const token = newToken();
    let row: repo.ProposalRow;
    try {
      row = await repo.insertProposal(tx, {
        orgId,
        needId,
        volunteerOrgId: scored.orgId,
        volunteerId,
        status: 'proposed',
        rank,
        score: scored.total,
        maxScore: scored.maxTotal,
        factors: scored.factors,
        reasons: scored.reasons,
        weights: setup.weights,
        overrideReason,
        message: request.message ?? null,
        tokenHash: hashToken(token),
        proposedBy: actor.accountId,
        expiresAt: new Date(Date.now() + setup.proposalValidDays * DAY_MS),
      });
    } catch (err) {
      if (uniqueViolation(err) === 'need_proposal_live_key')
        throw new AppError('PROPOSAL_ALREADY_OPEN', { volunteerId });
      throw err;
    }
    await appendNeedTimelineEntry(tx, {
      orgId,
      needId,
      kind: 'proposal_made',
      actorAccountId: actor.accountId,
      data: {
        proposalId: row.id,
        volunteerName: person.name,
        rank,
        score: scored.total,
        maxScore: scored.maxTotal,
        overrideReason,
      },
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'PROPOSAL_MADE',
      targetType: 'need',
      targetId: needId,
      summary: {
        number: need.number,
        proposalId: row.id,
        volunteerId,
        volunteerOrgId: scored.orgId,
        rank,
        score: scored.total,
        override: overrideReason !== null,
      },
      requestId: actor.requestId,
    });
    if (deps) await mailProposal(tx, deps, setup.row, row, token, person);
    setup.proposals.set(volunteerId, 'open');
    rows.push(row);
  }
  if (need.status === 'matching') {
    await applyTransition(tx, actor, need, { to: 'proposed', reason: null, closureReason: null, automatic: true });
  }
  return rows;
}

// ---------------------------------------------------------------- answers and confirmation

async function nameOf(db: Db, proposal: repo.ProposalRow): Promise<string> {
  return (await repo.findCandidateIdentities(db, [proposal.volunteerId])).get(proposal.volunteerId)?.name ?? '';
}

/** Locks the proposal's need, then the proposal (always in this order, so answers and confirmations queue). */
async function lockProposal(tx: Db, orgId: string, proposalId: string, needId?: string) {
  const first = await repo.findProposal(tx, orgId, proposalId);
  if (!first || (needId && first.needId !== needId)) throw new AppError('PROPOSAL_NOT_FOUND');
  const need = await requireNeed(tx, orgId, first.needId, true);
  const proposal = (await repo.findProposal(tx, orgId, proposalId, true))!;
  return { need, proposal };
}

/** A need whose proposals were all declined, withdrawn or expired goes back to matching by itself. */
async function settleNeed(tx: Db, actor: NeedActor, need: NeedRow) {
  if (need.status !== 'proposed') return;
  const proposals = await repo.listProposalsOfNeed(tx, need.orgId, need.id);
  if (proposals.some((p) => LIVE.has(p.status))) return;
  await applyTransition(tx, actor, need, { to: 'matching', reason: null, closureReason: null, automatic: true });
}

/**
 * The volunteer's record in the need's organization, for the volunteer-time
 * line: the record proposed, the record the same account already has here,
 * or a new one made from the shared record (the person consented to sharing
 * with the network) and, with an account, a volunteer membership.
 */
async function ensureLocalVolunteer(tx: Db, actor: NeedActor, orgId: string, proposal: repo.ProposalRow) {
  if (proposal.volunteerOrgId === orgId) return proposal.volunteerId;
  const source = (await volunteerBasics(tx, proposal.volunteerOrgId, [proposal.volunteerId])).get(proposal.volunteerId);
  if (!source) throw new AppError('MATCHING_CANDIDATE_NOT_FOUND', { volunteerId: proposal.volunteerId });
  if (source.accountId) {
    const existing = await findVolunteerByAccount(tx, orgId, source.accountId);
    if (existing) return existing.id;
    if (!(await findMembership(tx, orgId, source.accountId))) {
      await addMembershipDirectly(tx, orgId, source.accountId, 'volunteer');
    }
  }
  const local = await insertVolunteer(tx, orgId, {
    fields: {
      name: source.name,
      nameReading: source.nameReading ?? undefined,
      gender: source.gender,
      email: source.email,
      phone: source.phone,
      preferredChannel: source.preferredChannel,
      locale: source.locale as TLocale,
      postalCode: source.postalCode,
      address: source.address ?? undefined,
      location:
        source.latitude !== null && source.longitude !== null ? { lat: source.latitude, lng: source.longitude } : null,
      languages: source.languages as never,
      interests: source.interests as never,
      availability: source.availability,
    },
    consents: [],
    registeredVia: 'on_behalf_of',
    recorder: { accountId: actor.accountId, requestId: actor.requestId, self: false },
    accountId: source.accountId,
    status: 'active',
    refuseDuplicates: false,
  });
  return local.id;
}

/** When the help starts: the first window on the matching date, in the organization's time zone. */
function plannedStartOf(need: repo.NeedForMatching, timeZone: string): string | null {
  const today = new Date().toISOString().slice(0, 10);
  const windows = need.timeWindows.filter((w) => !w.date || w.date >= today);
  if (windows.length === 0) return null;
  const date = matchingDate(windows, today);
  const first = windows
    .filter((w) => w.date === date || (!w.date && w.weekday === isoWeekday(date)))
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  if (!first) return null;
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = first.start.split(':').map(Number);
  return instantOf({ year, month, day, hour, minute }, timeZone).toISOString();
}

/**
 * Confirms an accepted proposal in the caller's transaction: the volunteer's
 * time becomes a line of the need; once as many are confirmed as the need
 * asks for, the other open proposals are withdrawn and the need is confirmed.
 */
async function confirmIn(tx: Db, actor: NeedActor, need: NeedRow, proposal: repo.ProposalRow, automatic: boolean) {
  const { orgId } = need;
  const localId = await ensureLocalVolunteer(tx, actor, orgId, proposal);
  const matchingNeed = (await repo.findNeedForMatching(tx, orgId, need.id))!;
  const org = await getOrganization(tx, orgId);
  const line = await addResourceLineIn(tx, actor, orgId, need.id, {
    kind: 'volunteer_time',
    volunteerId: localId,
    status: 'confirmed',
    plannedStart: plannedStartOf(matchingNeed, org.timeZone),
  });
  const now = new Date();
  const confirmed = await repo.updateProposalRow(tx, orgId, proposal.id, {
    status: 'confirmed',
    localVolunteerId: localId,
    lineId: line.id,
    closedAt: now,
  });
  const volunteerName = await nameOf(tx, proposal);
  await appendNeedTimelineEntry(tx, {
    orgId,
    needId: need.id,
    kind: 'proposal_confirmed',
    actorAccountId: actor.accountId,
    data: { proposalId: proposal.id, volunteerName, lineId: line.id },
  });
  await recordAudit(tx, {
    orgId,
    actorAccountId: actor.accountId,
    action: 'PROPOSAL_CONFIRMED',
    targetType: 'need',
    targetId: need.id,
    summary: { number: need.number, proposalId: proposal.id, volunteerId: localId, lineId: line.id, automatic },
    requestId: actor.requestId,
  });
  const all = await repo.listProposalsOfNeed(tx, orgId, need.id);
  if (all.filter((p) => p.status === 'confirmed').length >= need.headcount) {
    for (const other of all.filter((p) => OPEN.has(p.status))) {
      await closeProposal(tx, actor, need, other, 'withdrawn', null, true);
    }
    if ((need.status === 'matching' || need.status === 'proposed') && isLegalNeedTransition(need.status, 'confirmed')) {
      await applyTransition(tx, actor, need, { to: 'confirmed', reason: null, closureReason: null, automatic });
    }
  }
  return confirmed;
}

/** Withdraws or expires an open proposal in the caller's transaction, with its timeline and audit entries. */
async function closeProposal(
  tx: Db,
  actor: NeedActor,
  need: NeedRow,
  proposal: repo.ProposalRow,
  to: 'withdrawn' | 'expired',
  reason: string | null,
  automatic: boolean,
) {
  const row = await repo.updateProposalRow(tx, need.orgId, proposal.id, { status: to, closedAt: new Date() });
  const volunteerName = await nameOf(tx, proposal);
  if (to === 'withdrawn') {
    await appendNeedTimelineEntry(tx, {
      orgId: need.orgId,
      needId: need.id,
      kind: 'proposal_withdrawn',
      actorAccountId: actor.accountId,
      data: { proposalId: proposal.id, volunteerName, reason, automatic },
    });
  } else {
    await appendNeedTimelineEntry(tx, {
      orgId: need.orgId,
      needId: need.id,
      kind: 'proposal_expired',
      actorAccountId: null,
      data: { proposalId: proposal.id, volunteerName },
    });
  }
  await recordAudit(tx, {
    orgId: need.orgId,
    actorAccountId: actor.accountId,
    action: to === 'withdrawn' ? 'PROPOSAL_WITHDRAWN' : 'PROPOSAL_EXPIRED',
    targetType: 'need',
    targetId: need.id,
    summary: { number: need.number, proposalId: proposal.id, volunteerId: proposal.volunteerId, reason, automatic },
    requestId: actor.requestId,
  });
  return row;
}

/**
 * Records a volunteer's answer in the caller's transaction. An acceptance in
 * an organization that confirms the first acceptance confirms at once (and
 * withdraws the others when the need is filled), so when two people accept
 * at the same moment the second finds their proposal withdrawn.
 */
export async function answerIn(
  tx: Db,
  actor: NeedActor,
  via: TProposalAnswerChannel,
  orgId: string,
  proposalId: string,
  answer: TProposalAnswerRequest,
  needId?: string,
): Promise<repo.ProposalRow> {
  const { need, proposal } = await lockProposal(tx, orgId, proposalId, needId);
  if (proposal.status !== 'proposed') throw new AppError('PROPOSAL_NOT_OPEN', { status: proposal.status });
  if (proposal.expiresAt <= new Date()) throw new AppError('PROPOSAL_EXPIRED');
  const accepted = answer.answer === 'accept';
  const row = await repo.updateProposalRow(tx, orgId, proposalId, {
    status: accepted ? 'accepted' : 'declined',
    answeredAt: new Date(),
    answeredVia: via,
    declineReason: accepted ? null : (answer.reason ?? null),
    closedAt: accepted ? null : new Date(),
  });
  await appendNeedTimelineEntry(tx, {
    orgId,
    needId: need.id,
    kind: 'proposal_answered',
    actorAccountId: actor.accountId,
    data: {
      proposalId,
      volunteerName: await nameOf(tx, proposal),
      answer: accepted ? 'accepted' : 'declined',
      via,
      reason: answer.reason ?? null,
    },
  });
  await recordAudit(tx, {
    orgId,
    actorAccountId: actor.accountId,
    action: accepted ? 'PROPOSAL_ACCEPTED' : 'PROPOSAL_DECLINED',
    targetType: 'need',
    targetId: need.id,
    summary: { number: need.number, proposalId, volunteerId: proposal.volunteerId, via },
    requestId: actor.requestId,
  });
  if (!accepted) {
    await settleNeed(tx, actor, need);
    return row;
  }
  const settings = await getMatchingSettings(tx, orgId);
  return settings.mode === 'first_accept' ? confirmIn(tx, actor, need, row, true) : row;
}

/** A coordinator records the answer a volunteer gave on the phone or at the counter. */
export async function recordAnswer(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  proposalId: string,
  answer: TProposalAnswerRequest,
): Promise<TProposal> {
  const row = await db.transaction((tx) => answerIn(tx, actor, 'coordinator', orgId, proposalId, answer, needId));
  return (await toProposals(db, [row]))[0];
}

/** A coordinator confirms one of the volunteers who accepted (organizations that confirm by hand). */
export async function confirmProposal(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  proposalId: string,
): Promise<TProposal> {
  const row = await db.transaction(async (tx) => {
    const { need, proposal } = await lockProposal(tx, orgId, proposalId, needId);
    if (proposal.status === 'proposed') throw new AppError('PROPOSAL_NOT_ACCEPTED');
    if (proposal.status !== 'accepted') throw new AppError('PROPOSAL_NOT_OPEN', { status: proposal.status });
    if (need.status === 'closed') throw new AppError('NEED_CLOSED');
    return confirmIn(tx, actor, need, proposal, false);
  });
  return (await toProposals(db, [row]))[0];
}

/** A coordinator takes back a proposal not yet confirmed, saying why. */
export async function withdrawProposal(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  proposalId: string,
  input: TWithdrawProposalRequest,
): Promise<TProposal> {
  const row = await db.transaction(async (tx) => {
    const { need, proposal } = await lockProposal(tx, orgId, proposalId, needId);
    if (!OPEN.has(proposal.status)) throw new AppError('PROPOSAL_NOT_OPEN', { status: proposal.status });
    const closed = await closeProposal(tx, actor, need, proposal, 'withdrawn', input.reason ?? null, false);
    await settleNeed(tx, actor, need);
    return closed;
  });
  return (await toProposals(db, [row]))[0];
}

// ---------------------------------------------------------------- the volunteer's side

async function proposalByToken(db: Db, token: string): Promise<repo.ProposalRow> {
  const row = await repo.findProposalByTokenHash(db, hashToken(token));
  if (!row) throw new AppError('PROPOSAL_NOT_FOUND');
  return row;
}

/** The answer page behind the mailed link: the need's summary only. */
export async function getProposalByToken(db: Db, token: string): Promise<TProposalSummary> {
  return (await toSummaries(db, [await proposalByToken(db, token)]))[0];
}

/** The volunteer answers through the link, without signing in; the audit names their account if they have one. */
export async function answerProposalByToken(
  deps: AppDeps,
  token: string,
  requestId: string,
  answer: TProposalAnswerRequest,
): Promise<TProposalSummary> {
  const found = await proposalByToken(deps.db, token);
  const person = (await repo.findCandidateIdentities(deps.db, [found.volunteerId])).get(found.volunteerId);
  const actor: NeedActor = { accountId: person?.accountId ?? null, requestId };
  const row = await deps.db.transaction((tx) => answerIn(tx, actor, 'link', found.orgId, found.id, answer));
  return (await toSummaries(deps.db, [row]))[0];
}

async function myProposals(db: Db, accountId: string): Promise<repo.ProposalRow[]> {
  const records = await volunteersOfAccount(db, accountId);
  return repo.listProposalsOfVolunteers(
    db,
    records.map((r) => ({ orgId: r.orgId, id: r.id })),
  );
}

/** Proposals to the signed-in person's records in every organization, newest first. */
export async function listMyProposals(db: Db, accountId: string): Promise<TMyProposalListResponse> {
  return { proposals: await toSummaries(db, await myProposals(db, accountId)) };
}

/** The signed-in volunteer answers in the app. A proposal to someone else is not found. */
export async function answerMyProposal(
  db: Db,
  actor: Actor,
  proposalId: string,
  answer: TProposalAnswerRequest,
): Promise<TProposalSummary> {
  const mine = (await myProposals(db, actor.accountId)).find((p) => p.id === proposalId);
  if (!mine) throw new AppError('PROPOSAL_NOT_FOUND');
  const row = await db.transaction((tx) => answerIn(tx, actor, 'app', mine.orgId, mine.id, answer));
  return (await toSummaries(db, [row]))[0];
}

// ---------------------------------------------------------------- expiry

export const PROPOSALS_EXPIRE_JOB = 'matching.expire-proposals';

/**
 * Marks proposals nobody answered in time as expired (the expiry sweep), each
 * in its own transaction; a need left with no live proposal goes back to
 * matching. A rerun finds nothing left to do.
 */
export async function expireProposals(db: Db, now = new Date()): Promise<number> {
  let expired = 0;
  const system: NeedActor = { accountId: null, requestId: PROPOSALS_EXPIRE_JOB };
  for (const due of await repo.listExpiredOpenProposals(db, now, 500)) {
    await db.transaction(async (tx) => {
      const { need, proposal } = await lockProposal(tx, due.orgId, due.id);
      if (proposal.status !== 'proposed' || proposal.expiresAt > now) return;
      await closeProposal(tx, system, need, proposal, 'expired', null, true);
      await settleNeed(tx, system, need);
      expired++;
    });
  }
  return expired;
}
