import type { TLocale } from '@musubi/shared';
import PDFDocument from 'pdfkit';
import { type FontFamily, type FontWeight, familiesFor, fontBytes, splitRuns } from './fonts';

export interface PdfOptions {
  locale: TLocale;
  title: string;
  author?: string;
  /**
   * Written into the file as its creation date. Together with the content it
   * fixes every byte of the file, so printing the same thing twice gives the
   * same PDF (a reprinted certificate is byte-identical).
   */
  createdAt: Date;
  margin?: number;
}

export interface TextOptions {
  size?: number;
  weight?: FontWeight;
  align?: 'left' | 'center' | 'right';
  /** Where to start; the cursor's position when left out. */
  x?: number;
  y?: number;
  width?: number;
  color?: string;
  lineGap?: number;
}

const LANGUAGE_TAGS: Record<TLocale, string> = { ja: 'ja-JP', en: 'en', 'zh-CN': 'zh-CN', ko: 'ko-KR' };

/**
 * An A4 PDF whose text may be Japanese, Chinese, Korean or Latin in any mix:
 * `text()` sets each character in a font that has it (see fonts.ts).
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly order: FontFamily[];
  private readonly registered = new Set<string>();
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(options: PdfOptions) {
    this.order = familiesFor(options.locale);
    this.doc = new PDFDocument({
      size: 'A4',
      margin: options.margin ?? 56,
      lang: LANGUAGE_TAGS[options.locale],
      displayTitle: true,
      info: {
        Title: options.title,
        Author: options.author ?? 'Musubi',
        Producer: 'Musubi',
        Creator: 'Musubi',
        CreationDate: options.createdAt,
        ModDate: options.createdAt,
      },
    });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get pageWidth(): number {
    return this.doc.page.width;
  }

  get pageHeight(): number {
    return this.doc.page.height;
  }

  get margin(): number {
    return this.doc.page.margins.left;
  }

  /** The width between the left and right margins. */
  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private useFont(family: FontFamily, weight: FontWeight): void {
    const name = `${family}-${weight}`;
    if (!this.registered.has(name)) {
      this.doc.registerFont(name, fontBytes(family, weight));
      this.registered.add(name);
    }
    this.doc.font(name);
  }

  /** Writes `text` (which may wrap) and moves the cursor below it. */
  text(text: string, options: TextOptions = {}): this {
    const { size = 11, weight = 'regular', align = 'left', color = '#111111', lineGap = 2 } = options;
    const runs = splitRuns(text === '' ? ' ' : text, this.order);
    const x = options.x ?? this.doc.x;
    const y = options.y ?? this.doc.y;
    const width = options.width ?? this.pageWidth - this.doc.page.margins.right - x;
    this.doc.fillColor(color).fontSize(size);
    runs.forEach((run, i) => {
      this.useFont(run.family, weight);
      const continued = i < runs.length - 1;
      if (i === 0) this.doc.text(run.text, x, y, { width, align, lineGap, continued });
      else this.doc.text(run.text, { continued });
    });
    this.doc.x = x;
    return this;
  }

  /** Height `text` would take at `width` in the document language's font (for layout). */
  heightOf(text: string, options: { size?: number; width: number; weight?: FontWeight }): number {
    this.useFont(this.order[0], options.weight ?? 'regular');
    this.doc.fontSize(options.size ?? 11);
    return this.doc.heightOfString(text, { width: options.width });
  }

  moveDown(lines = 1): this {
    this.doc.moveDown(lines);
    return this;
  }

  /** A horizontal rule across the content width at the cursor. */
  rule(color = '#888888'): this {
    const y = this.doc.y;
    this.doc
      .moveTo(this.margin, y)
      .lineTo(this.pageWidth - this.doc.page.margins.right, y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
    this.doc.y = y + 6;
    return this;
  }

  image(png: Buffer, x: number, y: number, options: { fit: [number, number] }): this {
    this.doc.image(png, x, y, { fit: options.fit, align: 'center', valign: 'center' });
    return this;
  }

  addPage(): this {
    this.doc.addPage();
    return this;
  }

  /** Ends the document and returns its bytes. */
  async finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
