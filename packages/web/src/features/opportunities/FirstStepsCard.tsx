import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERSONAL_PATHS } from '../../app/shell/nav-items';
import { TRIAL_CATALOGUE_PATH } from './paths';
import { useMySignups } from './use-catalogue';

/** For someone who has not taken part yet: start with a trial (体験) activity. */
export function FirstStepsCard() {
  const { t } = useTranslation();
  const signups = useMySignups();
  // "Past" also holds cancelled places; only a shift actually done makes someone no longer new.
  const done = signups.data?.past.some(
    (signup) => signup.status === 'confirmed' && Date.parse(signup.endsAt) <= Date.now(),
  );
  if (!signups.data || done) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="first-steps-title"
      withBorder
      p="lg"
      radius="md"
      maw={800}
      mb="lg"
      data-testid="first-steps"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="first-steps-title">
          {t('opportunities.first_steps.title')}
        </Title>
        <Text>{t('opportunities.first_steps.body')}</Text>
        <Group gap="sm">
          <Button
            component={Link}
            to={TRIAL_CATALOGUE_PATH}
            size="lg"
            leftSection={<IconSparkles size={20} aria-hidden />}
            data-testid="first-steps-trial"
          >
            {t('opportunities.first_steps.trial')}
          </Button>
          {signups.data.upcoming.length > 0 && (
            <Button
              component={Link}
              to={PERSONAL_PATHS.myShifts}
              size="lg"
              variant="default"
              leftSection={<IconCalendarCheck size={20} aria-hidden />}
            >
              {t('nav.my_shifts')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The link to one's shifts, beside "My volunteering". */
export function MyShiftsLink() {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={PERSONAL_PATHS.myShifts}
      variant="default"
      leftSection={<IconCalendarCheck size={18} aria-hidden />}
      data-testid="my-shifts-link"
    >
      {t('nav.my_shifts')}
    </Button>
  );
}
