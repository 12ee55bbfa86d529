import QRCode from 'qrcode';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { splitRuns } from './fonts';
import { PdfWriter } from './pdf-document';
import { readEmbeddablePng } from './png';
import { drawQrCode } from './qr';

async function textOf(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text;
}

async function sample(createdAt: Date): Promise<Buffer> {
  const pdf = new PdfWriter({ locale: 'ja', title: 'テスト', createdAt });
  pdf.text('ボランティア活動証明書', { size: 20, weight: 'bold', align: 'center' });
  pdf.text('志愿服务证明 김민준 자원봉사 Jean-Luc Müller');
  drawQrCode(pdf, 'https://musubi.test/verify/2026-0001?sig=abc.def', 400, 600, 90);
  return pdf.finish();
}

describe('platform/pdf', () => {
  it('sets Japanese, Chinese, Korean and Latin text in one document, all of it extractable', async () => {
    const bytes = await sample(new Date('2026-05-01T00:00:00Z'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await textOf(bytes);
    for (const expected of ['ボランティア活動証明書', '志愿服务证明', '김민준', '자원봉사', 'Jean-Luc Müller']) {
      expect(text).toContain(expected);
    }
  });

  it('gives the same bytes for the same content and creation date', async () => {
    const at = new Date('2026-05-01T00:00:00Z');
    expect((await sample(at)).equals(await sample(at))).toBe(true);
  });

  it('falls back per character to a font that has it, preferring the document language', () => {
    const order = ['jp', 'sc', 'kr'] as const;
    expect(splitRuns('山田 务 민준', order)).toEqual([
      { family: 'jp', text: '山田 ' },
      { family: 'sc', text: '务 ' },
      { family: 'kr', text: '민준' },
    ]);
    expect(splitRuns('山田', ['sc', 'jp', 'kr'])).toEqual([{ family: 'sc', text: '山田' }]);
  });

  it('accepts a real PNG and refuses other bytes', async () => {
    const png = await QRCode.toBuffer('seal', { type: 'png', width: 120 });
    expect(readEmbeddablePng(png)).toEqual({ width: 120, height: 120 });
    expect(readEmbeddablePng(Buffer.from('not a png at all, just some text here'))).toBeNull();
    const truncated = Buffer.concat([png.subarray(0, 40), Buffer.alloc(20)]);
    expect(readEmbeddablePng(truncated)).toBeNull();
  });
});
