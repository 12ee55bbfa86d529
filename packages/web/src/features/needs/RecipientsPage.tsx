import { Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { STAFF_ROLES } from '@musubi/shared';
import { IconPhonePlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { todayCalendarDate } from '../volunteers/volunteer-display';
import { ageOn } from './need-display';
import { newNeedPath, recipientPath } from './paths';
import { useRecipientList } from './use-needs';

/** The people the organization helps (`/recipients`): find one by name, reading or phone. */
export function RecipientsPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <Recipients />
    </RequireRoles>
  );
}

function Recipients() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useRecipientList(orgId, q);
  const recipients = list.data?.pages.flatMap((page) => page.recipients) ?? [];
  const calendarDate = useCalendarDate();
  const today = todayCalendarDate();

  return (
    <>
      <PageHeader
        title={t('needs.recipients.title')}
        description={t('needs.recipients.description')}
        actions={
          <Button component={Link} to={newNeedPath} leftSection={<IconPhonePlus size={18} aria-hidden />}>
            {t('needs.board.new')}
          </Button>
        }
      />
      <Group mb="md" role="search" aria-label={t('needs.recipients.search_label')}>
        <TextInput
          type="search"
          label={t('needs.recipients.search')}
          description={t('needs.intake.recipient_search_description')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={search}
          onChange={(event) =>
            setParams(event.currentTarget.value ? { q: event.currentTarget.value } : {}, { replace: true })
          }
          w={{ base: '100%', sm: 360 }}
          data-testid="recipient-list-search"
        />
      </Group>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess &&
        (recipients.length === 0 ? (
          <EmptyNotice title={t('needs.recipients.empty')} icon={<IconUsersGroup aria-hidden />} />
        ) : (
          <>
            <DataTable
              caption={t('needs.recipients.caption', { count: recipients.length })}
              minWidth={820}
              data-testid="recipients-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('needs.recipients.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('needs.recipients.fields.birth_date')}</Table.Th>
                  <Table.Th scope="col">{t('needs.recipients.fields.phone')}</Table.Th>
                  <Table.Th scope="col">{t('needs.recipients.fields.area')}</Table.Th>
                  <Table.Th scope="col">{t('needs.recipients.needs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {recipients.map((recipient) => (
                  <Table.Tr key={recipient.id} data-testid="recipient-row">
                    <Table.Td>
                      <Anchor component={Link} to={recipientPath(recipient.id)} fw={500}>
                        {recipient.name}
                      </Anchor>
                      {recipient.nameReading && <Text c="dimmed">{recipient.nameReading}</Text>}
                    </Table.Td>
                    <Table.Td>
                      {recipient.birthDate
                        ? t('needs.recipients.birth_and_age', {
                            date: calendarDate(recipient.birthDate),
                            age: ageOn(recipient.birthDate, today),
                          })
                        : t('needs.case.not_set')}
                    </Table.Td>
                    <Table.Td>{recipient.phone ?? t('needs.case.not_set')}</Table.Td>
                    <Table.Td>{recipient.area ?? t('needs.case.not_set')}</Table.Td>
                    <Table.Td>
                      {t('needs.recipients.need_counts', {
                        open: recipient.openNeedCount,
                        total: recipient.needCount,
                      })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
            <LoadMoreButton
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          </>
        ))}
    </>
  );
}
