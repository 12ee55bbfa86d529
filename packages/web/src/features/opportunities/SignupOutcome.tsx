import { Alert, List } from '@mantine/core';
import type { TSignup } from '@musubi/shared';
import { IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SignupOutcomeProps {
  signup: TSignup;
  /** Whose place it is: "you" on the share page, the volunteer's name on the roster. */
  forSelf: boolean;
  children?: ReactNode;
}

/** The result of a sign-up: a confirmed place or a place in the waitlist, and any warning to act on. */
export function SignupOutcome({ signup, forSelf, children }: SignupOutcomeProps) {
  const { t } = useTranslation();
  const waitlisted = signup.status === 'waitlisted';
  const name = signup.volunteerName;
  const title = waitlisted
    ? forSelf
      ? t('opportunities.outcome.self_waitlisted', { position: signup.waitlistPosition ?? 0 })
      : t('opportunities.outcome.waitlisted', { name, position: signup.waitlistPosition ?? 0 })
    : forSelf
      ? t('opportunities.outcome.self_confirmed')
      : t('opportunities.outcome.confirmed', { name });
  return (
    <Alert
      role="status"
      color={waitlisted ? 'yellow' : 'green'}
      icon={waitlisted ? <IconHourglass aria-hidden /> : <IconCircleCheck aria-hidden />}
      title={title}
      // Green or yellow on its light tint is below 4.5:1: the title keeps the page's text color.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      data-testid="signup-outcome"
    >
      {waitlisted && forSelf && t('opportunities.outcome.self_waitlisted_body')}
      {signup.warnings.length > 0 && (
        <List mt="xs" spacing={2}>
          {signup.warnings.map((warning) => (
            <List.Item key={warning}>
              {forSelf ? t(`opportunities.self_warnings.${warning}`) : t(`opportunities.warnings.${warning}`)}
            </List.Item>
          ))}
        </List>
      )}
      {children}
    </Alert>
  );
}
