import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TShift, TSignup } from '@musubi/shared';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { SignupOutcome } from './SignupOutcome';
import { rolePlacesFree } from './shift-groups';
import { useAssignSignup, useVolunteerSearch } from './use-roster';

/** Puts one of the organization's volunteers on the shift: search, choose, optionally pick a role. */
export function AssignVolunteer({ orgId, shift }: { orgId: string; shift: TShift }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [volunteerId, setVolunteerId] = useState('');
  const [roleId, setRoleId] = useState('');
  const [done, setDone] = useState<TSignup | null>(null);
  const found = useVolunteerSearch(orgId, q);
  const assign = useAssignSignup(orgId, shift.id);

  const submit = () => {
    if (!volunteerId) return;
    setDone(null);
    assign.mutate(
      { volunteerId, roleId: roleId || undefined },
      {
        onSuccess: (signup) => {
          setDone(signup);
          setVolunteerId('');
          setSearch('');
        },
      },
    );
  };

  return (
    <Stack gap="md" data-testid="assign-volunteer">
      <TextInput
        type="search"
        label={t('opportunities.assign.search')}
        description={t('opportunities.assign.search_description')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setVolunteerId('');
        }}
        w={{ base: '100%', sm: 360 }}
        data-testid="assign-search"
      />
      {q !== '' &&
        found.data &&
        (found.data.length === 0 ? (
          <Text role="status">{t('opportunities.assign.none_found')}</Text>
        ) : (
          <Radio.Group label={t('opportunities.assign.choose')} value={volunteerId} onChange={setVolunteerId}>
            <Stack gap="sm" mt="xs">
              {found.data.map((volunteer) => (
                <Radio
                  key={volunteer.id}
                  value={volunteer.id}
                  size="md"
                  label={volunteer.name}
                  description={[volunteer.nameReading, volunteer.phone, t(`participation.status_${volunteer.status}`)]
                    .filter(Boolean)
                    .join(' · ')}
                  data-testid="assign-candidate"
                />
              ))}
            </Stack>
          </Radio.Group>
        ))}
      {shift.roles.length > 1 && (
        <NativeSelect
          label={t('common.optional', { label: t('opportunities.assign.role') })}
          value={roleId}
          onChange={(event) => setRoleId(event.currentTarget.value)}
          data={[
            { value: '', label: t('opportunities.assign.any_role') },
            ...shift.roles.map((role) => ({
              value: role.id,
              label: t('opportunities.assign.role_option', {
                role: role.name ?? t('opportunities.shifts.general_role'),
                free: rolePlacesFree(role),
              }),
            })),
          ]}
          w={{ base: '100%', sm: 360 }}
          data-testid="assign-role"
        />
      )}
      <FormError error={assign.error} />
      {done && <SignupOutcome signup={done} forSelf={false} />}
      <Group>
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden />}
          disabled={!volunteerId}
          loading={assign.isPending}
          onClick={submit}
          data-testid="assign-submit"
        >
          {t('opportunities.assign.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
