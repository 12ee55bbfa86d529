import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsv, encodeCsv } from './csv';

const rows = [
  ['氏名', 'ふりがな'],
  ['髙橋 﨑子', 'たかはし さきこ'],
  ['Wang, Fang', '"quoted"'],
];

describe('CSV encodings', () => {
  it('writes UTF-8 with a BOM by default-style encoding and reads it back', () => {
    const bytes = encodeCsv(rows, 'utf8bom');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeCsv(bytes)).toEqual({ encoding: 'utf8', rows });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsv(encodeCsv(rows, 'utf8'))).toEqual({ encoding: 'utf8', rows });
  });

  it('writes CP932 that keeps the IBM extended characters 髙 and 﨑, and detects it on import', () => {
    const bytes = encodeCsv(rows, 'cp932');
    expect(iconv.decode(bytes, 'cp932')).toContain('髙橋 﨑子');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeCsv(bytes)).toEqual({ encoding: 'cp932', rows });
  });

  it('ends records with CRLF as Excel does', () => {
    expect(encodeCsv([['a', 'b']], 'utf8').toString()).toBe('a,b\r\n');
  });

  it('skips blank lines and refuses binary data', () => {
    expect(decodeCsv(Buffer.from('name\n\n佐藤\n,\n'))?.rows).toEqual([['name'], ['佐藤']]);
    expect(decodeCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeNull();
  });
});
