import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path';

describe('qrPath', () => {
  it('draws one square per dark module of the code', () => {
    const text = 'M1.S.example-code.k1.signature';
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const path = qrPath(text);
    expect(path.size).toBe(modules.size);
    const dark = Array.from(modules.data).filter(Boolean).length;
    expect(path.d.match(/M\d+ \d+h1v1h-1z/g)).toHaveLength(dark);
    // The top-left finder pattern starts at the corner.
    expect(path.d.startsWith('M0 0h1v1h-1z')).toBe(true);
  });
});
