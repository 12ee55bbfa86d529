import { Table, Text } from '@mantine/core';
import type { TVolunteer } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { useCalendarDate } from '../../ui/format';
import { EnrollInsuranceForm } from './EnrollInsuranceForm';
import { ProfileSection } from './ProfileSection';
import { InsuredBadge } from './VolunteerBadges';

interface InsuranceSectionProps {
  orgId: string;
  volunteer: TVolunteer;
  /** Whether the person may be enrolled here (not on a merged record). */
  editable: boolean;
}

/** Volunteer activity insurance: the covers valid today, and enrollment in a plan. */
export function InsuranceSection({ orgId, volunteer, editable }: InsuranceSectionProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const covers = volunteer.insuranceCovers;
  return (
    <ProfileSection
      title={t('volunteers.sections.insurance')}
      actions={<InsuredBadge insured={covers.length > 0} />}
      data-testid="insurance-section"
    >
      {covers.length === 0 ? (
        <Text>{t('volunteers.insurance_none_today')}</Text>
      ) : (
        <DataTable caption={t('volunteers.covers_caption', { count: covers.length })} minWidth={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('volunteers.columns.plan')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.columns.cover_period')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.columns.natural_disaster')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {covers.map((cover) => (
              <Table.Tr key={cover.planId}>
                <Table.Td fw={500}>{cover.planName}</Table.Td>
                <Table.Td>
                  {t('volunteers.period', {
                    from: calendarDate(cover.coverStartsOn),
                    to: calendarDate(cover.coverEndsOn),
                  })}
                </Table.Td>
                <Table.Td>{cover.coversNaturalDisaster ? t('volunteers.yes') : t('volunteers.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      {editable && <EnrollInsuranceForm orgId={orgId} volunteer={volunteer} />}
    </ProfileSection>
  );
}
