import { type TCertificateFacts, type TLocale, translate } from '@musubi/shared';
import { PdfWriter } from '../../platform/pdf/pdf-document';
import { drawQrCode } from '../../platform/pdf/qr';

/** A calendar date as the language writes it (2026年5月1日, 1 May 2026, 2026년 5월 1일). */
export function formatDate(locale: TLocale, date: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Minutes as hours and minutes (12時間30分, 12 h 30 min). */
export function formatDuration(locale: TLocale, minutes: number): string {
  return translate(locale, 'certificates.pdf.duration', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

export interface CertificatePrint {
  facts: TCertificateFacts;
  issuedAt: Date;
  seal: Buffer | null;
  verificationUrl: string;
}

/**
 * The certificate as a one-page A4 PDF, in the language it was issued in,
 * with the blocks Chinese, Korean and Japanese practice expect (domain.md
 * §2.1, §3.1): volunteer identity, hours and content, issuer with person in
 * charge, handler and contact, number and date, seal, and a QR code to the
 * public verification page. Everything printed comes from the stored facts,
 * so a reprint is the same document.
 */
export async function renderCertificatePdf(print: CertificatePrint): Promise<Buffer> {
  const { facts } = print;
  const locale = facts.locale;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, `certificates.pdf.${key}`, params);
  const pdf = new PdfWriter({ locale, title: `${t('title')} ${facts.number}`, createdAt: print.issuedAt });
  const left = pdf.margin;
  const width = pdf.contentWidth;
  const labelWidth = 150;
  const field = (label: string, value: string, options: { size?: number; weight?: 'bold' } = {}) => {
    const y = pdf.doc.y;
    pdf.text(label, { x: left, y, width: labelWidth, size: 10, color: '#444444' });
    const labelBottom = pdf.doc.y;
    pdf.text(value, {
      x: left + labelWidth,
      y,
      width: width - labelWidth,
      size: options.size ?? 11,
      weight: options.weight,
    });
    pdf.doc.y = Math.max(labelBottom, pdf.doc.y) + 4;
  };

  pdf.text(`${t('number_label')}  ${facts.number}`, { x: left, y: 50, width, align: 'right', size: 10 });
  pdf.text(`${t('issued_on_label')}  ${formatDate(locale, facts.issuedOn)}`, {
    x: left,
    width,
    align: 'right',
    size: 10,
  });
  pdf.text(t('title'), { x: left, y: 100, width, align: 'center', size: 24, weight: 'bold' });
  pdf.doc.y = 160;

  field(t('name_label'), facts.volunteer.name, { size: 16, weight: 'bold' });
  field(t('volunteer_number_label'), facts.volunteer.number, { size: 9 });
  pdf.moveDown(0.5);
  pdf.text(t('statement'), { x: left, width, size: 11 });
  pdf.moveDown(0.8);
  pdf.rule();

  field(
    t('period_label'),
    t('period', { from: formatDate(locale, facts.period.from), to: formatDate(locale, facts.period.to) }),
  );
  field(t('total_label'), formatDuration(locale, facts.totalMinutes), { size: 14, weight: 'bold' });
  field(t('days_label'), t('days', { days: facts.days }));
  pdf.moveDown(0.3);
  pdf.text(t('content_label'), { x: left, width, size: 10, color: '#444444' });
  pdf.moveDown(0.2);

  const columns = { activity: left + 10, days: left + width - 170, hours: left + width - 100 };
  const header = pdf.doc.y;
  pdf.text(t('col_activity'), { x: columns.activity, y: header, width: columns.days - columns.activity - 8, size: 9 });
  pdf.text(t('col_days'), { x: columns.days, y: header, width: 60, size: 9, align: 'right' });
  pdf.text(t('col_hours'), { x: columns.hours, y: header, width: 100, size: 9, align: 'right' });
  pdf.doc.y = header + 14;
  pdf.rule('#bbbbbb');
  const maxRows = 12;
  const shown = facts.activities.slice(0, maxRows);
  for (const activity of shown) {
    const y = pdf.doc.y;
    pdf.text(activity.title, { x: columns.activity, y, width: columns.days - columns.activity - 8, size: 10 });
    const bottom = pdf.doc.y;
    pdf.text(t('days', { days: activity.days }), { x: columns.days, y, width: 60, size: 10, align: 'right' });
    pdf.text(formatDuration(locale, activity.minutes), { x: columns.hours, y, width: 100, size: 10, align: 'right' });
    pdf.doc.y = Math.max(bottom, pdf.doc.y) + 2;
  }
  if (facts.activities.length > maxRows) {
    const rest = facts.activities.slice(maxRows);
    const restMinutes = rest.reduce((sum, a) => sum + a.minutes, 0);
    pdf.text(t('more_activities', { count: rest.length, hours: formatDuration(locale, restMinutes) }), {
      x: columns.activity,
      width: width - 10,
      size: 10,
    });
  }
  pdf.moveDown(0.5);
  pdf.rule();

  // The issuer block sits low on the page, with the seal beside the person in charge.
  pdf.doc.y = Math.max(pdf.doc.y + 8, 560);
  const issuerTop = pdf.doc.y;
  field(t('issuer_label'), facts.organization.name, { weight: 'bold' });
  if (facts.organization.address) field(t('address_label'), facts.organization.address);
  if (facts.organization.representative) field(t('representative_label'), facts.organization.representative);
  field(t('handler_label'), facts.handler);
  if (facts.organization.contact) field(t('contact_label'), facts.organization.contact);
  if (print.seal) pdf.image(print.seal, left + width - 90, issuerTop - 6, { fit: [86, 86] });

  const qrSize = 78;
  const qrTop = pdf.pageHeight - 56 - qrSize;
  drawQrCode(pdf, print.verificationUrl, left, qrTop, qrSize);
  pdf.text(t('verify_note'), { x: left + qrSize + 12, y: qrTop + 8, width: width - qrSize - 12, size: 8.5 });
  pdf.text(print.verificationUrl, { x: left + qrSize + 12, width: width - qrSize - 12, size: 7.5, color: '#333333' });
  return pdf.finish();
}
