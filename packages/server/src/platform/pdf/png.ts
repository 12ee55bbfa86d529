import PDFDocument from 'pdfkit';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngInfo {
  width: number;
  height: number;
}

/**
 * Width and height of a PNG file if `bytes` is one that pdfkit can place on a
 * page, otherwise null. It reads the header and then really decodes the image
 * into a scratch document, so a file that passes here never fails when a
 * certificate is printed.
 */
export function readEmbeddablePng(bytes: Buffer): PngInfo | null {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width === 0 || height === 0) return null;
  try {
    const scratch = new PDFDocument({ autoFirstPage: true });
    scratch.on('data', () => {});
    scratch.image(bytes, 0, 0, { width: 10 });
    scratch.end();
  } catch {
    return null;
  }
  return { width, height };
}
