import { ActionIcon, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { TInsurancePlan } from '@musubi/shared';
import { IconPencil, IconPlus, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { StatusBadge } from '../../ui/StatusBadge';
import { InsurancePlanModal } from './InsurancePlanModal';
import { useInsurancePlans } from './use-insurance';

interface InsurancePlansPanelProps {
  orgId: string;
  /** Coordinators add and edit plans; other staff only read. */
  canManage: boolean;
}

/** The insurance plans the organization enrolls volunteers in. */
export function InsurancePlansPanel({ orgId, canManage }: InsurancePlansPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const plans = useInsurancePlans(orgId);
  // undefined: dialog closed; null: adding; a plan: editing it.
  const [editing, setEditing] = useState<TInsurancePlan | null | undefined>(undefined);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text c="dimmed" maw={640}>
          {t('insurance.plans.intro')}
        </Text>
        {canManage && (
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing(null)}
            data-testid="add-insurance-plan"
          >
            {t('insurance.plans.add')}
          </Button>
        )}
      </Group>
      {plans.isPending && <LoadingState />}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data &&
        (plans.data.plans.length === 0 ? (
          <EmptyNotice
            title={t('insurance.plans.empty')}
            description={canManage ? t('insurance.plans.empty_body') : undefined}
            icon={<IconShieldCheck aria-hidden />}
          />
        ) : (
          <DataTable
            caption={t('insurance.plans.caption', { count: plans.data.plans.length })}
            minWidth={760}
            data-testid="insurance-plans-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('insurance.plans.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('insurance.plans.columns.code')}</Table.Th>
                <Table.Th scope="col">{t('insurance.plans.columns.natural_disaster')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('insurance.plans.columns.annual_premium')}
                </Table.Th>
                <Table.Th scope="col">{t('insurance.plans.columns.status')}</Table.Th>
                {canManage && <Table.Th scope="col">{t('insurance.plans.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.plans.map((plan) => (
                <Table.Tr key={plan.id} data-testid="insurance-plan-row">
                  <Table.Td fw={500}>{plan.name}</Table.Td>
                  <Table.Td>{plan.code ?? '—'}</Table.Td>
                  <Table.Td>
                    {plan.coversNaturalDisaster ? t('insurance.plans.disaster_yes') : t('insurance.plans.disaster_no')}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                    {plan.annualPremium === null ? '—' : format.number(plan.annualPremium)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <StatusBadge color={plan.archived ? 'gray' : 'green'}>
                      {plan.archived ? t('insurance.plans.archived') : t('insurance.plans.in_use')}
                    </StatusBadge>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Tooltip label={t('common.actions.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('insurance.plans.edit_named', { name: plan.name })}
                          onClick={() => setEditing(plan)}
                        >
                          <IconPencil size={20} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        ))}
      <InsurancePlanModal
        orgId={orgId}
        opened={editing !== undefined}
        plan={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
    </Stack>
  );
}
