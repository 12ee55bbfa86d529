import { Alert, Box, Button, Stack, Text } from '@mantine/core';
import { IconCamera, IconCameraOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQrCamera } from './use-qr-camera';

interface QrScannerProps {
  /** Called once per code read (the same code again only after a pause). */
  onCode: (text: string, readAt: Date) => void;
  /** Starts the camera when the page opens (the kiosk); otherwise on the button. */
  autoStart?: boolean;
}

/** The device camera reading QR codes, with start and stop buttons and what went wrong in words. */
export function QrScanner({ onCode, autoStart = false }: QrScannerProps) {
  const { t } = useTranslation();
  const camera = useQrCamera(onCode, autoStart);

  return (
    <Stack gap="sm" data-testid="qr-scanner" data-state={camera.state}>
      <Box
        pos="relative"
        bg="dark.8"
        style={{ borderRadius: 12, overflow: 'hidden', aspectRatio: '4 / 3', maxWidth: 560, width: '100%' }}
        hidden={camera.state !== 'running'}
      >
        <video
          ref={camera.videoRef}
          muted
          playsInline
          aria-label={t('attendance.scanner.video_label')}
          style={{ width: '100%', height: '100%', objectFit: 'cover' }}
        />
      </Box>
      {camera.state === 'running' ? (
        <>
          <Text role="status">{t('attendance.scanner.looking')}</Text>
          <Button
            variant="default"
            size="lg"
            leftSection={<IconCameraOff aria-hidden />}
            onClick={camera.stop}
            data-testid="camera-stop"
          >
            {t('attendance.scanner.stop')}
          </Button>
        </>
      ) : (
        <Button
          size="xl"
          leftSection={<IconCamera aria-hidden />}
          onClick={() => void camera.start()}
          loading={camera.state === 'starting'}
          data-testid="camera-start"
        >
          {t('attendance.scanner.start')}
        </Button>
      )}
      {camera.state === 'failed' && (
        <Alert color="orange" title={t('attendance.scanner.failed_title')} data-testid="camera-failed">
          {t(camera.denied ? 'attendance.scanner.denied' : 'attendance.scanner.unavailable')}
        </Alert>
      )}
    </Stack>
  );
}
