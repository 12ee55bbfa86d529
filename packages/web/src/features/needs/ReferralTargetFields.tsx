import { NativeSelect, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { REFERRAL_TARGET_KINDS, type TReferralTargetKind } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { useNetworkPeers } from '../network/use-network';
import { DirectoryOrganizationPicker } from './DirectoryOrganizationPicker';
import { DirectoryServicePicker } from './DirectoryServicePicker';
import { NetworkOrganizationPicker } from './NetworkOrganizationPicker';
import type { ResourceLineValues } from './resource-line-form';

/**
 * Where a referral goes: a service or organization of the community directory (searched),
 * another organization of the network (when this one belongs to a network), or a place
 * named by hand.
 */
export function ReferralTargetFields({ orgId, form }: { orgId: string; form: UseFormReturnType<ResourceLineValues> }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const peers = useNetworkPeers(orgId);
  const inNetwork = (peers.data?.organizations.length ?? 0) > 0;
  const kinds = REFERRAL_TARGET_KINDS.filter((kind) => kind !== 'network_organization' || inNetwork);
  const pick = (id: string, name: string) => {
    form.setFieldValue('targetId', id);
    form.setFieldValue('targetName', name);
  };
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('needs.lines.target_kind')}
        data={kinds.map((kind) => ({ value: kind, label: t(`needs.referral_target_${kind}`) }))}
        w={{ base: '100%', xs: 320 }}
        data-testid="line-target-kind"
        {...form.getInputProps('targetKind')}
        onChange={(event) => {
          form.setFieldValue('targetKind', event.currentTarget.value as TReferralTargetKind);
          pick('', '');
        }}
      />
      {values.targetKind === 'directory_service' && (
        <DirectoryServicePicker orgId={orgId} value={values.targetId} error={form.errors.targetId} onChange={pick} />
      )}
      {values.targetKind === 'directory_organization' && (
        <DirectoryOrganizationPicker
          orgId={orgId}
          value={values.targetId}
          error={form.errors.targetId}
          onChange={pick}
        />
      )}
      {values.targetKind === 'network_organization' && (
        <NetworkOrganizationPicker orgId={orgId} value={values.targetId} error={form.errors.targetId} onChange={pick} />
      )}
      {values.targetKind === 'other' && (
        <TextInput
          label={t('needs.lines.target_name')}
          description={t('needs.lines.target_name_description')}
          data-testid="line-target-name"
          {...form.getInputProps('targetName')}
        />
      )}
    </Stack>
  );
}
