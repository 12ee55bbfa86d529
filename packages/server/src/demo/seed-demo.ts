import { ZPhone } from '@musubi/shared';
import { createOrganization, hasAnyOrganization, joinNetwork } from '../modules/organizations';
import { addMembershipDirectly, createAccount } from '../modules/people';
import { hashPassword } from '../platform/auth/password';
import type { Db } from '../platform/db/client';
import { DEMO_PASSWORD, generateDemoNetwork } from './demo-data';
import { seedAttendance } from './seed-attendance';
import { seedCertificates } from './seed-certificates';
import { seedDirectory } from './seed-directory';
import { seedLedger } from './seed-ledger';
import { seedMatching } from './seed-matching';
import { seedNeeds } from './seed-needs';
import { seedActivities, seedParticipation } from './seed-participation';

/**
 * Fills an empty database with the demo network (one transaction, so a failed
 * seed leaves nothing behind). Returns false when the database already has data.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await hasAnyOrganization(db)) return false;
  const network = generateDemoNetwork();
  // One hash for every demo account: they share the published demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const org of network.organizations) {
      const created = await createOrganization(
        tx,
        {
          name: org.name,
          kind: org.kind,
          locale: org.locale,
          timeZone: org.timeZone,
          fiscalYearStartMonth: org.fiscalYearStartMonth,
          runsNetwork: org.isHub,
          email: org.email,
          phone: ZPhone.parse(org.phone),
          postalCode: org.postalCode,
          address: org.address,
          website: org.website,
          description: org.description,
        },
        { accountId: null },
      );
      orgIds.set(org.key, created.id);
    }
    const hubKey = network.organizations.find((o) => o.isHub)?.key;
    for (const org of network.organizations) {
      if (hubKey && org.key !== hubKey) await joinNetwork(tx, orgIds.get(org.key)!, orgIds.get(hubKey)!);
    }
    const accountIds = new Map<string, string>();
    for (const person of network.people) {
      const account = await createAccount(tx, {
        name: person.name,
        nameReading: person.nameReading,
        email: person.email,
        phone: person.phone ? ZPhone.parse(person.phone) : null,
        passwordHash,
        locale: person.locale,
      });
      accountIds.set(person.key, account.id);
      for (const membership of person.memberships) {
        await addMembershipDirectly(tx, orgIds.get(membership.orgKey)!, account.id, membership.role);
      }
    }
    await seedParticipation(tx, network, orgIds, accountIds);
    await seedActivities(tx, network, orgIds, accountIds);
    await seedDirectory(tx, network, orgIds, accountIds);
    await seedNeeds(tx, network, orgIds, accountIds);
    await seedMatching(tx, network, orgIds, accountIds);
    await seedAttendance(tx, network, orgIds, accountIds);
    // After attendance: the certificate is issued for approved service.
    await seedCertificates(tx, network, orgIds, accountIds);
    await seedLedger(tx, network, orgIds, accountIds);
  });
  return true;
}
