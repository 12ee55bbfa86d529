import type { TLedgerStatement } from '@musubi/shared';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPassbookPdf } from './passbook-pdf';

const statement: TLedgerStatement = {
  account: {
    id: '01900000-0000-7000-8000-000000000001',
    unit: 'hours',
    ownerKind: 'member',
    volunteerId: '01900000-0000-7000-8000-000000000002',
    recipientId: null,
    holderName: '王 秀英',
    balance: 150,
    floor: 0,
    createdAt: '2026-04-01T00:00:00+09:00',
  },
  organizationName: '结野市时间银行',
  from: '2026-04-01',
  to: '2026-04-30',
  openingBalance: 60,
  closingBalance: 150,
  lines: [
    {
      transferId: '01900000-0000-7000-8000-000000000003',
      kind: 'earn',
      valueDate: '2026-04-10',
      amount: 120,
      runningBalance: 180,
      memo: null,
      reason: null,
      counterparties: [{ ownerKind: 'issuance', holderName: null }],
      reversed: false,
    },
    {
      transferId: '01900000-0000-7000-8000-000000000004',
      kind: 'spend',
      valueDate: '2026-04-20',
      amount: -30,
      runningBalance: 150,
      memo: '买菜陪同',
      reason: null,
      counterparties: [{ ownerKind: 'member', holderName: '李 明' }],
      reversed: false,
    },
  ],
};

describe('passbook PDF', () => {
  it("prints a member's statement with holder, lines and balances in the chosen language", async () => {
    const bytes = await renderPassbookPdf(statement, 'zh-CN', new Date('2026-05-01T00:00:00Z'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    for (const expected of [
      '时间银行存折',
      '王 秀英',
      '结野市时间银行',
      '买菜陪同',
      '李 明',
      '+2小时',
      '2小时30分钟',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
