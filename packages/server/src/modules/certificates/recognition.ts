import { DEFAULT_RECOGNITION_HOURS, type TRecognitionLevel } from '@musubi/shared';

const STARS = {
  ja: ['一つ星', '二つ星', '三つ星', '四つ星', '五つ星'],
  en: ['One star', 'Two stars', 'Three stars', 'Four stars', 'Five stars'],
  'zh-CN': ['一星志愿者', '二星志愿者', '三星志愿者', '四星志愿者', '五星志愿者'],
  ko: ['1성 봉사자', '2성 봉사자', '3성 봉사자', '4성 봉사자', '5성 봉사자'],
} as const;

/** The star levels of Chinese practice (100 / 300 / 600 / 1,000 / 1,500 hours), named in each language. */
export const DEFAULT_LEVELS: TRecognitionLevel[] = DEFAULT_RECOGNITION_HOURS.map((minHours, i) => ({
  minHours,
  names: { ja: STARS.ja[i], en: STARS.en[i], 'zh-CN': STARS['zh-CN'][i], ko: STARS.ko[i] },
}));

export interface RecognitionStanding {
  current: TRecognitionLevel | null;
  next: TRecognitionLevel | null;
  minutesToNext: number | null;
}

/** The highest level reached with `minutes` of service, the next one and what is left to reach it. */
export function recognitionFor(levels: readonly TRecognitionLevel[], minutes: number): RecognitionStanding {
  const sorted = [...levels].sort((a, b) => a.minHours - b.minHours);
  const reached = sorted.filter((level) => minutes >= level.minHours * 60);
  const next = sorted.find((level) => minutes < level.minHours * 60) ?? null;
  return {
    current: reached.at(-1) ?? null,
    next,
    minutesToNext: next ? next.minHours * 60 - minutes : null,
  };
}
