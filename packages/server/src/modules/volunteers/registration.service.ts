import {
  type TConsentGrant,
  type TLocale,
  type TMyMessagePreferences,
  type TMyVolunteerProfile,
  type TRegistrationForm,
  type TSelfRegistrationRequest,
  ZSelfRegistrationRequest,
} from '@musubi/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { AppDeps } from '../../platform/http/deps';
import { coversOn } from '../insurance';
import { describeOrganizations, getOrganization } from '../organizations';
import { getParticipationSettings } from '../participation';
import { addMembershipDirectly, createAccount, findAccountByEmail, findMembership, signIn } from '../people';
import { listSkills } from './skills.service';
import * as repo from './volunteers.repository';
import { insertVolunteer, organizationToday, recordConsent } from './volunteers.service';

/** What the public registration page shows: never anything about people. */
export async function registrationForm(db: Db, orgId: string): Promise<TRegistrationForm> {
  const org = await getOrganization(db, orgId);
  const settings = await getParticipationSettings(db, orgId);
  return {
    orgId,
    orgName: org.name,
    open: settings.selfRegistrationOpen,
    skills: (await listSkills(db, orgId)).filter((skill) => !skill.archived),
    consentWordingVersion: settings.consentWordingVersion,
  };
}

/**
 * Self-registration on the public page. A signed-in person registers with
 * their account; someone new gets an account (e-mail + password) and is
 * signed in. Either way the person becomes a `volunteer` member of the
 * organization (an existing role there is kept) with an `applicant` record
 * that a coordinator verifies.
 */
export async function registerSelf(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  orgId: string,
  body: TSelfRegistrationRequest,
) {
  const { password, consents, largeText, ...fields } = ZSelfRegistrationRequest.parse(body);
  const signedIn = request.principal?.account;
  const accountId = await deps.db.transaction(async (tx) => {
    const settings = await getParticipationSettings(tx, orgId);
    if (!settings.selfRegistrationOpen) throw new AppError('REGISTRATION_CLOSED');
    let account = signedIn ? { id: signedIn.id } : undefined;
    if (!account) {
      if (!fields.email) throw fieldRequired('email');
      if (!password) throw fieldRequired('password');
      if (await findAccountByEmail(tx, fields.email)) throw new AppError('REGISTRATION_SIGN_IN_REQUIRED');
      account = await createAccount(tx, {
        name: fields.name,
        nameReading: fields.nameReading,
        email: fields.email,
        password,
        locale: fields.locale ?? (await getOrganization(tx, orgId)).locale,
        largeText,
      });
    } else if (await repo.findVolunteerByAccount(tx, orgId, account.id)) {
      throw new AppError('VOLUNTEER_ALREADY_REGISTERED');
    }
    if (!(await findMembership(tx, orgId, account.id))) await addMembershipDirectly(tx, orgId, account.id, 'volunteer');
    await insertVolunteer(tx, orgId, {
      fields,
      consents,
      registeredVia: 'self',
      recorder: { accountId: account.id, requestId: request.id, self: true },
      accountId: account.id,
      refuseDuplicates: false,
    });
    return account.id;
  });
  return signIn(deps, request, reply, accountId, orgId);
}

function fieldRequired(path: string) {
  return new AppError('VALIDATION_FAILED', {}, [
    { path, in: 'body', code: 'required', messageKey: 'validation.required' },
  ]);
}

/** The person's own records across organizations, with consents and today's cover. */
export async function myVolunteerProfiles(db: Db, accountId: string): Promise<TMyVolunteerProfile[]> {
  const rows = await repo.listVolunteersOfAccount(db, accountId);
  const orgs = await describeOrganizations(db, [...new Set(rows.map((row) => row.orgId))]);
  return Promise.all(
    rows.map(async (row) => {
      const consents = (await repo.currentConsents(db, row.orgId, [row.id])).get(row.id) ?? [];
      const covers = await coversOn(db, row.orgId, [row.id], await organizationToday(db, row.orgId));
      return {
        volunteerId: row.id,
        orgId: row.orgId,
        orgName: orgs.get(row.orgId)?.name ?? '',
        status: row.status,
        preferredChannel: row.preferredChannel,
        mailDigest: row.mailDigest,
        locale: row.locale as TLocale,
        hasEmail: row.email !== null,
        consents: consents.map((c) => ({
          purpose: c.purpose,
          granted: c.granted,
          wordingVersion: c.wordingVersion,
          recordedAt: c.recordedAt.toISOString(),
          recordedByName: null,
        })),
        insuranceCovers: covers.get(row.id) ?? [],
      };
    }),
  );
}

/** One of the signed-in person's own records; someone else's is answered as missing, not as forbidden. */
async function ownRecord(db: Db, accountId: string, volunteerId: string) {
  const own = (await repo.listVolunteersOfAccount(db, accountId)).find((row) => row.id === volunteerId);
  if (!own) throw new AppError('VOLUNTEER_NOT_FOUND');
  return own;
}

async function myProfile(db: Db, accountId: string, volunteerId: string): Promise<TMyVolunteerProfile> {
  const profiles = await myVolunteerProfiles(db, accountId);
  return profiles.find((p) => p.volunteerId === volunteerId)!;
}

/**
 * The person chooses how one organization reaches them: channel, a daily
 * digest instead of single messages, and the language. E-mail needs an address.
 */
export async function changeMyMessagePreferences(
  db: Db,
  accountId: string,
  requestId: string,
  volunteerId: string,
  changes: TMyMessagePreferences,
): Promise<TMyVolunteerProfile> {
  const own = await ownRecord(db, accountId, volunteerId);
  if (changes.preferredChannel === 'email' && own.email === null) throw new AppError('VOLUNTEER_EMAIL_REQUIRED');
  await db.transaction(async (tx) => {
    await repo.updateVolunteerRow(tx, own.orgId, own.id, changes);
    await recordAudit(tx, {
      orgId: own.orgId,
      actorAccountId: accountId,
      action: 'VOLUNTEER_UPDATED',
      targetType: 'volunteer',
      targetId: own.id,
      summary: { fields: Object.keys(changes), self: true },
      requestId,
    });
  });
  return myProfile(db, accountId, volunteerId);
}

/** The person grants or withdraws a consent on one of their own records; in force at once. */
export async function changeMyConsent(
  db: Db,
  accountId: string,
  requestId: string,
  volunteerId: string,
  grant: TConsentGrant,
): Promise<TMyVolunteerProfile> {
  const own = await ownRecord(db, accountId, volunteerId);
  await recordConsent(db, { accountId, requestId, self: true }, own.orgId, volunteerId, grant);
  return myProfile(db, accountId, volunteerId);
}
