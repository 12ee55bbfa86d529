import { serviceKindOfLine, type TLedgerStatement, type TLocale, translate } from '@musubi/shared';
import { PdfWriter } from '../../platform/pdf/pdf-document';
import { formatDate, formatDuration } from './certificate-pdf';

/** A signed amount of minutes as hours and minutes, with its sign. */
function signed(locale: TLocale, minutes: number): string {
  return `${minutes < 0 ? '−' : '+'}${formatDuration(locale, Math.abs(minutes))}`;
}

/** A balance, which may be below zero (a recipient's account in mutual exchange). */
function balance(locale: TLocale, minutes: number): string {
  return `${minutes < 0 ? '−' : ''}${formatDuration(locale, Math.abs(minutes))}`;
}

/**
 * A member's passbook (通帳): the statement of their time-credit account as a
 * printable A4 PDF, for people who keep their balance on paper. Lines carry
 * the date, what happened, the amount and the balance after it.
 */
export async function renderPassbookPdf(
  statement: TLedgerStatement,
  locale: TLocale,
  printedAt: Date,
): Promise<Buffer> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, `certificates.passbook.${key}`, params);
  const noteOf = (line: TLedgerStatement['lines'][number]) => {
    const serviceKind = serviceKindOfLine(line);
    return serviceKind ? translate(locale, `participation.category_${serviceKind}`) : (line.reason ?? line.memo ?? '');
  };
  const pdf = new PdfWriter({ locale, title: t('title'), createdAt: printedAt });
  const left = pdf.margin;
  const width = pdf.contentWidth;
  const columns = { date: left, what: left + 90, amount: left + width - 200, balance: left + width - 100 };

  pdf.text(t('title'), { x: left, y: 56, width, align: 'center', size: 20, weight: 'bold' });
  pdf.moveDown(0.5);
  pdf.text(statement.organizationName, { x: left, width, align: 'center', size: 11 });
  pdf.moveDown(0.8);
  pdf.text(`${t('holder')}  ${statement.account.holderName ?? ''}`, { x: left, width, size: 12, weight: 'bold' });
  const period =
    statement.from || statement.to
      ? t('period', {
          from: statement.from ? formatDate(locale, statement.from) : '',
          to: statement.to ? formatDate(locale, statement.to) : '',
        })
      : t('all_time');
  pdf.text(period, { x: left, width, size: 10 });
  pdf.moveDown(0.5);
  pdf.text(`${t('opening')}  ${balance(locale, statement.openingBalance)}`, { x: left, width, size: 10 });
  pdf.moveDown(0.5);

  const header = () => {
    const y = pdf.doc.y;
    pdf.text(t('col_date'), { x: columns.date, y, width: 85, size: 9, weight: 'bold' });
    pdf.text(t('col_what'), { x: columns.what, y, width: columns.amount - columns.what - 8, size: 9, weight: 'bold' });
    pdf.text(t('col_amount'), { x: columns.amount, y, width: 95, size: 9, weight: 'bold', align: 'right' });
    pdf.text(t('col_balance'), { x: columns.balance, y, width: 100, size: 9, weight: 'bold', align: 'right' });
    pdf.doc.y = y + 14;
    pdf.rule('#bbbbbb');
  };
  header();
  for (const line of statement.lines) {
    if (pdf.doc.y > pdf.pageHeight - 100) {
      pdf.addPage();
      pdf.doc.y = 56;
      header();
    }
    const y = pdf.doc.y;
    const what = [
      translate(locale, `ledger.transfer_kind_${line.kind}`),
      line.counterparties
        .map((c) => c.holderName)
        .filter(Boolean)
        .join('・'),
      noteOf(line),
      line.reversed ? t('reversed') : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
    pdf.text(formatDate(locale, line.valueDate), { x: columns.date, y, width: 85, size: 9 });
    pdf.text(what, { x: columns.what, y, width: columns.amount - columns.what - 8, size: 9 });
    const bottom = pdf.doc.y;
    pdf.text(signed(locale, line.amount), { x: columns.amount, y, width: 95, size: 9, align: 'right' });
    pdf.text(balance(locale, line.runningBalance), { x: columns.balance, y, width: 100, size: 9, align: 'right' });
    pdf.doc.y = Math.max(bottom, pdf.doc.y) + 3;
  }
  pdf.rule();
  pdf.text(`${t('closing')}  ${balance(locale, statement.closingBalance)}`, {
    x: left,
    width,
    size: 12,
    weight: 'bold',
    align: 'right',
  });
  pdf.moveDown(1);
  pdf.text(t('printed_on', { date: formatDate(locale, printedAt.toISOString().slice(0, 10)) }), {
    x: left,
    width,
    size: 8,
    color: '#555555',
  });
  return pdf.finish();
}
