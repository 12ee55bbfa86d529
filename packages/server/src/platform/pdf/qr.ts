import QRCode from 'qrcode';
import type { PdfWriter } from './pdf-document';

/** Draws `text` as a QR code (vector squares, error correction M) with its top-left corner at x, y. */
export function drawQrCode(pdf: PdfWriter, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  const doc = pdf.doc;
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell, cell);
    }
  }
  doc.fill().restore();
}
