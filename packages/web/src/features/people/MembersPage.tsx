import { Button } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import type { TMember, TRole } from '@musubi/shared';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { AddMemberModal } from './AddMemberModal';
import { MemberFilters } from './MemberFilters';
import { MembersTable } from './MembersTable';
import { RemoveMemberModal } from './RemoveMemberModal';
import { grantableRoles } from './roles';
import { useMembers } from './use-members';

/** The people of the active organization; administrators add, re-role and remove them here. */
export function MembersPage() {
  const { t } = useTranslation();
  const { orgId, role: actorRole } = useActiveMembership()!;
  const [search, setSearch] = useState('');
  const [roleFilter, setRoleFilter] = useState<TRole | ''>('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const members = useMembers(orgId, { q: debouncedSearch || undefined, role: roleFilter || undefined });
  const [adding, addModal] = useDisclosure(false);
  const [removing, setRemoving] = useState<TMember | null>(null);
  const grantable = grantableRoles(actorRole);

  return (
    <>
      <PageHeader
        title={t('people.title')}
        actions={
          grantable.length > 0 && (
            <Button
              leftSection={<IconUserPlus size={18} aria-hidden />}
              onClick={addModal.open}
              data-testid="add-member"
            >
              {t('people.add')}
            </Button>
          )
        }
      />
      <MemberFilters search={search} onSearchChange={setSearch} role={roleFilter} onRoleChange={setRoleFilter} />
      {members.isPending && <LoadingState />}
      {members.isError && <ErrorState error={members.error} onRetry={() => void members.refetch()} />}
      {members.data &&
        (members.data.members.length === 0 ? (
          <EmptyNotice title={t('people.empty')} icon={<IconUsers aria-hidden />} />
        ) : (
          <MembersTable orgId={orgId} members={members.data.members} grantable={grantable} onRemove={setRemoving} />
        ))}
      <AddMemberModal orgId={orgId} opened={adding} roles={grantable} onClose={addModal.close} />
      <RemoveMemberModal orgId={orgId} member={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
