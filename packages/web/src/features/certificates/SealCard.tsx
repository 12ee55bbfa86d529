import { Button, FileInput, Image, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { SEAL_MAX_BYTES, type TCertificateSettings } from '@musubi/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { sealImageUrl } from './certificates.api';
import { useUploadSeal } from './use-certificates';

/** The file's bytes as base64, for the JSON upload. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The seal printed on certificates: the current image, and (administrators) a new PNG upload. */
export function SealCard({
  orgId,
  settings,
  manages,
}: {
  orgId: string;
  settings: TCertificateSettings;
  manages: boolean;
}) {
  const { t } = useTranslation();
  const upload = useUploadSeal(orgId);
  const [file, setFile] = useState<File | null>(null);
  // The image address changes with each upload, so the browser shows the new seal at once.
  const [version, setVersion] = useState(settings.seal?.uploadedAt ?? '');
  useEffect(() => setVersion(settings.seal?.uploadedAt ?? ''), [settings.seal?.uploadedAt]);
  const send = async () => {
    if (!file) return;
    upload.mutate(
      { pngBase64: await base64Of(file) },
      {
        onSuccess: () => {
          setFile(null);
          notifications.show({ color: 'green', message: t('certificates.seal.uploaded') });
        },
      },
    );
  };
  return (
    <Stack gap="sm" data-testid="seal-card">
      {settings.seal ? (
        <>
          <Image
            src={`${sealImageUrl(orgId)}?v=${encodeURIComponent(version)}`}
            alt={t('certificates.seal.current_alt')}
            w={96}
            h={96}
            fit="contain"
            data-testid="seal-image"
          />
          <Text size="sm">
            {t('certificates.seal.details', {
              width: settings.seal.width,
              height: settings.seal.height,
              kb: Math.ceil(settings.seal.bytes / 1024),
            })}
          </Text>
        </>
      ) : (
        <Text c="dimmed">{t('certificates.seal.none')}</Text>
      )}
      {manages && (
        <>
          <FileInput
            label={t('certificates.seal.file')}
            description={t('certificates.seal.help', { max: SEAL_MAX_BYTES })}
            accept="image/png"
            value={file}
            onChange={setFile}
            clearable
            maw={420}
            data-testid="seal-file"
          />
          <FormError error={upload.error} />
          <Button
            onClick={() => void send()}
            disabled={!file}
            loading={upload.isPending}
            style={{ alignSelf: 'flex-start' }}
            data-testid="seal-upload"
          >
            {t('certificates.seal.upload')}
          </Button>
        </>
      )}
    </Stack>
  );
}
