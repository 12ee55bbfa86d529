// Barrel that drizzle-kit reads: every table of every module, so migrations see them all.

export * from '../../modules/attendance/attendance.table';
export * from '../../modules/certificates/certificates.table';
export * from '../../modules/directory/directory.table';
export * from '../../modules/insurance/insurance.table';
export * from '../../modules/ledger/ledger.table';
export * from '../../modules/matching/matching.table';
export * from '../../modules/needs/needs.table';
export * from '../../modules/opportunities/opportunities.table';
export * from '../../modules/organizations/organizations.table';
export * from '../../modules/participation/participation.table';
export * from '../../modules/people/people.table';
export * from '../../modules/signups/signups.table';
export * from '../../modules/volunteers/volunteers.table';
export * from '../audit/audit.table';
export * from '../auth/session.table';
export * from '../mail/outbox.table';
export * from '../signing/signing.table';
