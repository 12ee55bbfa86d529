import type { TCsvEncoding } from '@musubi/shared';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import iconv from 'iconv-lite';

/**
 * CSV as Japanese, Chinese and Korean offices exchange it. Exports default to
 * UTF-8 with a BOM, which Japanese Excel needs to open UTF-8 by double-click;
 * CP932 (Windows-31J, Shift_JIS with the IBM/NEC extensions such as 髙 and 﨑)
 * is offered for older software. Imports detect which of the two a file is.
 */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function encodeCsv(rows: readonly (readonly unknown[])[], encoding: TCsvEncoding): Buffer {
  // CRLF: what Excel writes and what most office software expects.
  const text = stringify(rows as unknown[][], { record_delimiter: 'windows' });
  if (encoding === 'cp932') return iconv.encode(text, 'cp932');
  const utf8 = Buffer.from(text, 'utf8');
  return encoding === 'utf8bom' ? Buffer.concat([BOM, utf8]) : utf8;
}

export interface DecodedCsv {
  encoding: 'utf8' | 'cp932';
  /** Rows of cells, the header first; blank lines are skipped. */
  rows: string[][];
}

/**
 * Decodes a CSV file: valid UTF-8 (with or without BOM) is read as UTF-8,
 * anything else as CP932. Returns null when it is not CSV at all.
 */
export function decodeCsv(bytes: Buffer): DecodedCsv | null {
  let text: string;
  let encoding: DecodedCsv['encoding'];
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    encoding = 'utf8';
  } catch {
    text = iconv.decode(bytes, 'cp932');
    encoding = 'cp932';
  }
  if (text.includes('\u0000')) return null;
  try {
    const rows = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
    return { encoding, rows: rows.filter((row) => row.some((cell) => cell !== '')) };
  } catch {
    return null;
  }
}

/** Sends a CSV download with a file name that survives any browser (RFC 6266 filename*). */
export function sendCsv(reply: FastifyReply, fileName: string, body: Buffer, encoding: TCsvEncoding) {
  const charset = encoding === 'cp932' ? 'Shift_JIS' : 'utf-8';
  return reply
    .header('content-type', `text/csv; charset=${charset}`)
    .header(
      'content-disposition',
      `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .header('cache-control', 'no-store')
    .send(body);
}
