import { Button, Fieldset, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type TAddNetworkMemberRequest, ZAddNetworkMemberRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { currentLocale } from '../../app/i18n';
import { FormError } from '../../ui/FormError';
import { OrganizationBasicsFields } from '../organizations/OrganizationBasicsFields';
import {
  basicsToRequest,
  DEFAULT_FISCAL_YEAR_START_MONTH,
  type OrganizationBasicsValues,
} from '../organizations/profile-form';
import { defaultTimeZone } from '../organizations/time-zones';
import { useAddNetworkMember } from './use-network';

interface AddNetworkMemberValues {
  organization: OrganizationBasicsValues;
  adminName: string;
  adminEmail: string;
}

function toRequest(values: AddNetworkMemberValues): TAddNetworkMemberRequest {
  return {
    organization: basicsToRequest(values.organization),
    adminName: values.adminName.trim(),
    adminEmail: values.adminEmail.trim(),
  };
}

interface AddNetworkMemberModalProps {
  orgId: string;
  opened: boolean;
  onClose: () => void;
}

/** Registers a member organization of the network and invites its first administrator. */
export function AddNetworkMemberModal({ orgId, opened, onClose }: AddNetworkMemberModalProps) {
  const { t } = useTranslation();
  const add = useAddNetworkMember(orgId);
  const narrow = useMediaQuery('(max-width: 48em)');
  const locale = currentLocale();
  const form = useForm<AddNetworkMemberValues>({
    initialValues: {
      organization: {
        name: '',
        kind: 'npo',
        locale,
        timeZone: defaultTimeZone(locale),
        fiscalYearStartMonth: DEFAULT_FISCAL_YEAR_START_MONTH,
      },
      adminName: '',
      adminEmail: '',
    },
    validate: (values) => contractErrors(ZAddNetworkMemberRequest, toRequest(values)),
  });

  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    add.mutate(toRequest(values), {
      onSuccess: (member) => {
        notifications.show({ color: 'green', message: t('network.added', { name: member.name }) });
        close();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('network.add_title')} size="lg" fullScreen={narrow}>
      <form onSubmit={submit} noValidate data-testid="add-network-member-form">
        <Stack>
          <FormError error={add.error} />
          <Fieldset legend={t('network.organization_legend')}>
            <Stack>
              <OrganizationBasicsFields inputProps={(field) => form.getInputProps(`organization.${field}`)} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('network.admin_legend')}>
            <Stack>
              <TextInput label={t('auth.name')} required {...form.getInputProps('adminName')} />
              <TextInput
                label={t('auth.email')}
                description={t('network.admin_email_description')}
                type="email"
                required
                {...form.getInputProps('adminEmail')}
              />
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={add.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('network.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
