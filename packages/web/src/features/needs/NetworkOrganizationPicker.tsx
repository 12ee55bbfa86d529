import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNetworkPeers } from '../network/use-network';
import type { PickerProps } from './picker-props';
import { SearchPicker } from './SearchPicker';

/** Another organization of the networks this one belongs to. */
export function NetworkOrganizationPicker({ orgId, value, error, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const peers = useNetworkPeers(orgId);
  const words = search.trim().toLowerCase();
  const found = (peers.data?.organizations ?? [])
    .filter((organization) => organization.name.toLowerCase().includes(words))
    .slice(0, 8);
  return (
    <SearchPicker
      label={t('needs.lines.network_search')}
      search={search}
      onSearch={setSearch}
      loading={peers.isPending}
      items={found.map((organization) => ({
        id: organization.id,
        name: organization.name,
        detail: t(`common.organization_kinds.${organization.kind}`),
        fullName: organization.name,
      }))}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
