import { Tabs } from '@mantine/core';
import { COORDINATOR_ROLES } from '@musubi/shared';
import { IconBellRinging, IconListDetails, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { InsurancePlansPanel } from './InsurancePlansPanel';
import { InsuranceRenewalsPanel } from './InsuranceRenewalsPanel';
import { InsuranceRosterPanel } from './InsuranceRosterPanel';

const TABS = ['plans', 'roster', 'renewals'] as const;
type Tab = (typeof TABS)[number];

/**
 * Volunteer activity insurance (`/insurance`): the plans, who is enrolled in a policy
 * year, and who needs renewing before the year ends. The tab is kept in the address.
 */
export function InsurancePage() {
  const { t } = useTranslation();
  const { orgId, role } = useActiveMembership()!;
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'plans';
  const coordinates = COORDINATOR_ROLES.includes(role);

  return (
    <>
      <PageHeader title={t('insurance.title')} description={t('insurance.cover_rule')} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'plans' ? {} : { tab: value ?? 'plans' }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('insurance.tabs.label')} mb="lg">
          <Tabs.Tab
            value="plans"
            leftSection={<IconShieldCheck size={18} aria-hidden />}
            fz="md"
            py="md"
            data-testid="insurance-tab-plans"
          >
            {t('insurance.tabs.plans')}
          </Tabs.Tab>
          <Tabs.Tab
            value="roster"
            leftSection={<IconListDetails size={18} aria-hidden />}
            fz="md"
            py="md"
            data-testid="insurance-tab-roster"
          >
            {t('insurance.tabs.roster')}
          </Tabs.Tab>
          <Tabs.Tab
            value="renewals"
            leftSection={<IconBellRinging size={18} aria-hidden />}
            fz="md"
            py="md"
            data-testid="insurance-tab-renewals"
          >
            {t('insurance.tabs.renewals')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plans">
          <InsurancePlansPanel orgId={orgId} canManage={coordinates} />
        </Tabs.Panel>
        <Tabs.Panel value="roster">
          <InsuranceRosterPanel key={orgId} orgId={orgId} canExport={coordinates} />
        </Tabs.Panel>
        <Tabs.Panel value="renewals">
          <InsuranceRenewalsPanel orgId={orgId} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
