import QRCode from 'qrcode';

/** A QR code as an SVG path of its dark modules, in module units, with the size of one side. */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * Draws `text` as a QR code (error correction M: readable from a screen across a room
 * and from a creased poster) into one SVG path, one `h1v1h-1z` square per dark module.
 */
export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, d: parts.join('') };
}
