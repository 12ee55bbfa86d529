import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { TPersonalCode } from '@musubi/shared';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useFormatters } from '../../ui/format';
import { QrImage } from './QrImage';
import { useRenewMyCode } from './use-attendance';

/** One organization's personal code, large for a kiosk's camera, with renewal (the old code stops working). */
export function PersonalCodeCard({ code }: { code: TPersonalCode }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const renew = useRenewMyCode();
  const [confirming, setConfirming] = useState(false);
  return (
    <Paper withBorder p="lg" radius="md" data-testid="personal-code" data-org={code.orgId}>
      <Stack gap="md" align="center">
        <Title order={2} size="h3" ta="center">
          {code.organizationName}
        </Title>
        <Center w="100%">
          <QrImage
            text={code.code}
            label={t('attendance.my_code.image_label', { name: code.volunteerName, org: code.organizationName })}
            size="min(80vw, 360px)"
            testId="personal-qr"
          />
        </Center>
        <Text fz="xl" fw={700} data-testid="personal-code-name">
          {code.volunteerName}
        </Text>
        <Text c="dimmed">{t('attendance.my_code.issued', { date: format.date(code.issuedAt) })}</Text>
        <Button
          variant="default"
          size="md"
          leftSection={<IconRefresh size={18} aria-hidden />}
          onClick={() => {
            renew.reset();
            setConfirming(true);
          }}
          data-testid="renew-code"
        >
          {t('attendance.my_code.renew')}
        </Button>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('attendance.my_code.renew_title')}
        confirmLabel={t('attendance.my_code.renew_confirm')}
        loading={renew.isPending}
        error={renew.error}
        onConfirm={() => renew.mutate(code.volunteerId, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
        danger
      >
        {t('attendance.my_code.renew_body')}
      </ConfirmModal>
    </Paper>
  );
}
