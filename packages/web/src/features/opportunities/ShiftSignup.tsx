import { Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { TCatalogueItem, TMySignup } from '@musubi/shared';
import { IconHandClick, IconLogin } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERSONAL_PATHS } from '../../app/shell/nav-items';
import { FormError } from '../../ui/FormError';
import { useFormatters } from '../../ui/format';
import { signInToSharePath } from './paths';
import { SignupOutcome } from './SignupOutcome';
import { SignupStatusBadge } from './StatusBadges';
import { rolePlacesFree, shiftPlaces } from './shift-groups';
import { useSignUp } from './use-catalogue';

type TShareShift = TCatalogueItem['shifts'][number];

interface ShiftSignupProps {
  opportunityId: string;
  shift: TShareShift;
  signedIn: boolean;
  /** The person's own place on this shift, if they have one. */
  mine: TMySignup | undefined;
}

/** Free places of one shift and its sign-up button: to sign in when signed out, else signing up at once. */
export function ShiftSignup({ opportunityId, shift, signedIn, mine }: ShiftSignupProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const signUp = useSignUp();
  const [roleId, setRoleId] = useState('');
  const places = shiftPlaces(shift);
  const full = places.free === 0;
  const signup = signUp.data;
  const testId = `signup-${shift.id}`;

  // A full shift without a waitlist says so in its places line already.
  const notOpenReason =
    shift.signupOpensAt && Date.parse(shift.signupOpensAt) > Date.now()
      ? t('opportunities.signup.opens_on', { date: format.dateTime(shift.signupOpensAt) })
      : full && !shift.waitlist
        ? null
        : t('opportunities.signup.closed');

  // Just signed up: the answer (with any warning) stays, rather than the place as my shifts list it.
  let action: ReactNode;
  if (signup) {
    action = (
      <SignupOutcome signup={signup} forSelf>
        <Anchor component={Link} to={PERSONAL_PATHS.myShifts} display="block" mt="xs">
          {t('opportunities.signup.see_my_shifts')}
        </Anchor>
      </SignupOutcome>
    );
  } else if (mine) {
    action = (
      <Group gap="sm">
        <SignupStatusBadge status={mine.status} position={mine.waitlistPosition} />
        <Anchor component={Link} to={PERSONAL_PATHS.myShifts}>
          {t('opportunities.signup.see_my_shifts')}
        </Anchor>
      </Group>
    );
  } else if (!shift.open) {
    action = notOpenReason && <Text fw={500}>{notOpenReason}</Text>;
  } else if (!signedIn) {
    action = (
      <Button
        component={Link}
        to={signInToSharePath(opportunityId)}
        size="lg"
        variant="default"
        leftSection={<IconLogin size={20} aria-hidden />}
        style={{ alignSelf: 'flex-start' }}
        data-testid={testId}
      >
        {t('opportunities.signup.sign_in_to_sign_up')}
      </Button>
    );
  } else {
    action = (
      <Stack gap="sm">
        {shift.roles.length > 1 && (
          <NativeSelect
            size="md"
            label={t('common.optional', { label: t('opportunities.signup.role') })}
            value={roleId}
            onChange={(event) => setRoleId(event.currentTarget.value)}
            data={[
              { value: '', label: t('opportunities.signup.any_role') },
              ...shift.roles.map((role) => ({
                value: role.id,
                label: t('opportunities.assign.role_option', {
                  role: role.name ?? t('opportunities.shifts.general_role'),
                  free: rolePlacesFree(role),
                }),
              })),
            ]}
            w={{ base: '100%', xs: 320 }}
          />
        )}
        <FormError error={signUp.error} />
        <Button
          size="lg"
          leftSection={<IconHandClick size={20} aria-hidden />}
          loading={signUp.isPending}
          onClick={() => signUp.mutate({ shiftId: shift.id, roleId: roleId || undefined })}
          style={{ alignSelf: 'flex-start' }}
          data-testid={testId}
        >
          {full ? t('opportunities.signup.join_waitlist') : t('opportunities.signup.sign_up')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Text>
        {full
          ? shift.waitlist
            ? t('opportunities.signup.full_waitlist')
            : t('opportunities.signup.full')
          : t('opportunities.signup.free', { count: places.free, capacity: places.capacity })}
      </Text>
      {action}
    </Stack>
  );
}
