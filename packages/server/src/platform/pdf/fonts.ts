import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TLocale } from '@musubi/shared';
import * as fontkit from 'fontkit';

/**
 * Noto Sans in its Japanese, Simplified Chinese and Korean cuts (SIL Open Font
 * License, from the npm registry). Each covers its own script fully and the
 * others only in part, so text is set in the document language's cut and
 * falls back, character by character, to the others (a Korean name on a
 * Japanese certificate). pdfkit embeds only the glyphs used.
 */
export const FONT_FAMILIES = ['jp', 'sc', 'kr'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontFamily, Record<FontWeight, string>> = {
  jp: {
    regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  },
  sc: {
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
  kr: {
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
};

const require = createRequire(import.meta.url);

// Font files are read once per process: they are read-only assets (several MB each), not connections.
const buffers = new Map<string, Buffer>();
const coverage = new Map<FontFamily, fontkit.Font>();

/** The font file's bytes, for `doc.registerFont`. */
export function fontBytes(family: FontFamily, weight: FontWeight): Buffer {
  const file = FILES[family][weight];
  let bytes = buffers.get(file);
  if (!bytes) {
    bytes = readFileSync(require.resolve(file));
    buffers.set(file, bytes);
  }
  return bytes;
}

function coverageOf(family: FontFamily): fontkit.Font {
  let font = coverage.get(family);
  if (!font) {
    // Each file is a single font, never a collection.
    font = fontkit.create(fontBytes(family, 'regular')) as fontkit.Font;
    coverage.set(family, font);
  }
  return font;
}

/** The cuts to try, in order, for text in `locale` (English uses the Japanese cut's Latin). */
export function familiesFor(locale: TLocale): FontFamily[] {
  const first: FontFamily = locale === 'zh-CN' ? 'sc' : locale === 'ko' ? 'kr' : 'jp';
  return [first, ...FONT_FAMILIES.filter((family) => family !== first)];
}

export interface TextRun {
  family: FontFamily;
  text: string;
}

/**
 * Splits `text` into runs, each set in the first family of `order` that has
 * a glyph for its characters. Spaces stay in the run they are in; a character
 * no family has stays in the first family (it prints as a blank box).
 */
export function splitRuns(text: string, order: readonly FontFamily[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const current = runs.at(-1);
    const family =
      current && /\s/.test(char)
        ? current.family
        : (order.find((f) => coverageOf(f).hasGlyphForCodePoint(codePoint)) ?? order[0]);
    if (current && current.family === family) current.text += char;
    else runs.push({ family, text: char });
  }
  return runs;
}
