import { Button, Group, Modal } from '@mantine/core';
import type { TLedgerAccount } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TFlow, TransferForm } from './TransferForm';

/** The flows this kind of account takes, each in a dialog. */
const FLOWS: Record<TLedgerAccount['ownerKind'], TFlow[]> = {
  member: ['spend', 'donate', 'gift', 'adjust'],
  member_restricted: ['donate', 'adjust'],
  recipient: ['spend', 'donate', 'adjust'],
  pool: ['adjust'],
  donation: ['adjust'],
  issuance: [],
};

export function TransferActions({ orgId, account }: { orgId: string; account: TLedgerAccount }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TFlow | null>(null);
  const flows = FLOWS[account.ownerKind];
  if (flows.length === 0) return null;
  return (
    <>
      <Group gap="sm" data-print="hide">
        {flows.map((flow) => (
          <Button
            key={flow}
            size="md"
            variant={flow === 'spend' ? 'filled' : 'default'}
            onClick={() => setOpen(flow)}
            data-testid={`ledger-open-${flow}`}
          >
            {t(`ledger.flow.${flow}`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? t(`ledger.flow.${open}`) : ''}
        size="lg"
      >
        {open && <TransferForm orgId={orgId} account={account} flow={open} onDone={() => setOpen(null)} />}
      </Modal>
    </>
  );
}
