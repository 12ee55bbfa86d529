/**
 * The comparable form of a name's reading: NFKC (half-width kana become
 * full-width), katakana folded to hiragana, spaces and middle dots removed,
 * Latin letters lower-cased. 「サトウ ハナコ」, 「さとう　はなこ」 and
 * 「ｻﾄｳﾊﾅｺ」 all give 「さとうはなこ」; the long-vowel mark ー is kept.
 */
export function readingKey(reading: string | null | undefined): string | null {
  if (!reading) return null;
  const folded = reading
    .normalize('NFKC')
    .replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/[\s\u3000・･]/g, '')
    .toLowerCase();
  return folded === '' ? null : folded;
}
