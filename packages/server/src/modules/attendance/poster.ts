import { type TLocale, translate } from '@musubi/shared';
import QRCode from 'qrcode';

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );

/** The QR symbol as one SVG path, each dark module a 1×1 square (crisp at any print size). */
function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, d: parts.join('') };
}

/**
 * A printable A4 poster (SVG, millimetres) for an activity's check-in code:
 * the activity's title, the organization, the QR code and how to use it, in
 * the organization's language.
 */
export function renderPosterSvg(input: {
  code: string;
  title: string;
  organizationName: string;
  generation: number;
  locale: TLocale;
}): string {
  const { size, d } = qrPath(input.code);
  const qrWidth = 150;
  const scale = qrWidth / (size + 8);
  const qrX = (210 - qrWidth) / 2;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    escapeXml(translate(input.locale, `attendance.${key}`, params));
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297" lang="${input.locale}">
<title>${escapeXml(input.title)}</title>
<rect width="210" height="297" fill="#fff"/>
<g font-family="'Noto Sans JP','Noto Sans SC','Noto Sans KR',sans-serif" text-anchor="middle" fill="#111">
<text x="105" y="30" font-size="11" font-weight="700">${t('poster_heading')}</text>
<text x="105" y="46" font-size="8">${escapeXml(input.title)}</text>
<text x="105" y="56" font-size="5">${escapeXml(input.organizationName)}</text>
<text x="105" y="238" font-size="5">${t('poster_instructions')}</text>
<text x="105" y="285" font-size="3" fill="#555">${t('poster_generation', { generation: input.generation })}</text>
</g>
<g transform="translate(${qrX} 70) scale(${scale.toFixed(4)}) translate(4 4)" fill="#000">
<path d="${d}"/>
</g>
</svg>
`;
}
