import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAffiliate, IconBuildingPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { AddNetworkMemberModal } from './AddNetworkMemberModal';
import { NetworkMembersTable } from './NetworkMembersTable';
import { useNetwork } from './use-network';

/** The member organizations of the network this hub runs (network administrators only). */
export function NetworkPage() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const network = useNetwork(orgId);
  const [adding, addModal] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title={t('network.title')}
        description={network.data && t('network.hub', { name: network.data.hub.name })}
        actions={
          <Button
            leftSection={<IconBuildingPlus size={18} aria-hidden />}
            onClick={addModal.open}
            data-testid="add-network-member"
          >
            {t('network.add')}
          </Button>
        }
      />
      {network.isPending && <LoadingState />}
      {network.isError && <ErrorState error={network.error} onRetry={() => void network.refetch()} />}
      {network.data &&
        (network.data.members.length === 0 ? (
          <EmptyNotice
            title={t('network.empty')}
            description={t('network.empty_hint')}
            icon={<IconAffiliate aria-hidden />}
          />
        ) : (
          <NetworkMembersTable members={network.data.members} />
        ))}
      <AddNetworkMemberModal orgId={orgId} opened={adding} onClose={addModal.close} />
    </>
  );
}
