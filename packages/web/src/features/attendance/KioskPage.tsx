import { Alert, Paper, Stack, Title } from '@mantine/core';
import type { TScanAction } from '@musubi/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ClockActionButtons } from './ClockActionButtons';
import { codeKind } from './code-kind';
import { KioskFeed } from './KioskFeed';
import { KioskSiteSelect } from './KioskSiteSelect';
import { ManualCodeForm } from './ManualCodeForm';
import { QrScanner } from './QrScanner';
import { ScanQueuePanel } from './ScanQueuePanel';
import { useScanQueue } from './use-scan-queue';

/**
 * `/kiosk`: a site leader's tablet reads volunteers' personal codes one after another.
 * The activity and the action (in or out) stay chosen until changed; every scan goes through the device
 * queue, so the kiosk keeps working when the site's connection drops.
 */
export function KioskPage() {
  const { t } = useTranslation();
  const queue = useScanQueue();
  const [action, setAction] = useState<TScanAction>('in');
  const actionRef = useRef(action);
  actionRef.current = action;
  const [wrongCode, setWrongCode] = useState(false);
  const [opportunityId, setOpportunityId] = useState('');
  const siteRef = useRef(opportunityId);
  siteRef.current = opportunityId;
  const [noSite, setNoSite] = useState(false);

  const onCode = (code: string, at: Date) => {
    const personal = codeKind(code) === 'personal';
    setWrongCode(!personal);
    if (!personal) return;
    if (!siteRef.current) {
      setNoSite(true);
      return;
    }
    void queue.submit({
      kind: 'personal',
      code,
      action: actionRef.current,
      scannedAt: at.toISOString(),
      opportunityId: siteRef.current,
    });
  };

  return (
    <>
      <PageHeader title={t('attendance.kiosk.title')} description={t('attendance.kiosk.intro')} />
      <Stack gap="xl" maw={720}>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <KioskSiteSelect
              value={opportunityId}
              onChange={(value) => {
                setOpportunityId(value);
                setNoSite(false);
              }}
              error={noSite}
            />
            <Title order={2} size="h3">
              {t('attendance.kiosk.mode')}
            </Title>
            <ClockActionButtons value={action} onChoose={setAction} />
            <QrScanner onCode={onCode} />
            <ManualCodeForm
              onCode={onCode}
              label={t('attendance.kiosk.manual_label')}
              description={t('attendance.kiosk.manual_description')}
            />
            {wrongCode && (
              <Alert color="orange" role="alert" data-testid="wrong-code">
                {t('attendance.kiosk.wrong_code')}
              </Alert>
            )}
          </Stack>
        </Paper>
        <KioskFeed answers={queue.live} />
        <ScanQueuePanel queue={queue} />
      </Stack>
    </>
  );
}
