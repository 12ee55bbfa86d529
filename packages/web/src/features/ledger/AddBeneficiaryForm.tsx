import { Button, Group, Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { BENEFICIARY_RELATIONS } from '@musubi/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { FormError } from '../../ui/FormError';
import { ProfileSection } from '../volunteers/ProfileSection';
import { ledgerApi } from './ledger.api';
import { useLedgerAccounts, useLedgerWrite } from './use-ledger';

interface Values {
  giverAccountId: string | null;
  recipientId: string | null;
  relation: string | null;
}

/** Names a beneficiary: a member, a recipient on file (the relative) and the relation the coordinator checked. */
export function AddBeneficiaryForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const members = useLedgerAccounts(orgId, '');
  const recipients = useQuery({
    queryKey: ['needs', orgId, 'recipients', 'list', ''],
    queryFn: () =>
      api.get<{ recipients: { id: string; name: string }[] }>(`/api/v1/organizations/${orgId}/recipients`, {
        limit: 100,
      }),
  });
  const add = useLedgerWrite(orgId, (values: Values) =>
    ledgerApi.addBeneficiary(orgId, {
      giverAccountId: values.giverAccountId ?? '',
      recipientId: values.recipientId ?? '',
      relation: values.relation ?? '',
    }),
  );
  const required = (value: string | null) => (value ? null : t('ledger.form.choose'));
  const form = useForm<Values>({
    initialValues: { giverAccountId: null, recipientId: null, relation: null },
    validate: { giverAccountId: required, recipientId: required, relation: required },
  });
  const submit = form.onSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifications.show({ color: 'green', message: t('ledger.beneficiaries.added') });
      },
    }),
  );
  return (
    <ProfileSection title={t('ledger.beneficiaries.add')}>
      <form onSubmit={submit} noValidate data-testid="add-beneficiary-form">
        <Group align="flex-start" gap="md">
          <Select
            size="md"
            searchable
            label={t('ledger.beneficiaries.giver')}
            data={(members.data?.accounts ?? [])
              .filter((a) => a.ownerKind === 'member')
              .map((a) => ({ value: a.id, label: a.holderName ?? a.id }))}
            {...form.getInputProps('giverAccountId')}
          />
          <Select
            size="md"
            searchable
            label={t('ledger.beneficiaries.beneficiary')}
            description={t('ledger.beneficiaries.beneficiary_description')}
            data={(recipients.data?.recipients ?? []).map((r) => ({ value: r.id, label: r.name }))}
            {...form.getInputProps('recipientId')}
          />
          <Select
            size="md"
            label={t('ledger.beneficiaries.relation')}
            data={BENEFICIARY_RELATIONS.map((r) => ({ value: r, label: t(`ledger.relation_${r}`) }))}
            {...form.getInputProps('relation')}
          />
        </Group>
        <FormError error={add.error} />
        <Button type="submit" size="md" mt="md" loading={add.isPending}>
          {t('ledger.beneficiaries.add')}
        </Button>
      </form>
    </ProfileSection>
  );
}
