import { LOCALES, type TLocale } from '@musubi/shared';
import { useSyncExternalStore } from 'react';

// Same keys as public/preferences.js, which applies them before the first paint.
const LOCALE_KEY = 'musubi.locale';
const LARGE_TEXT_KEY = 'musubi.largeText';

/** How much large text enlarges the root font size; every Mantine size is in rem, so the whole UI scales. */
export const LARGE_TEXT_SCALE = 1.25;
const LARGE_TEXT_FONT_SIZE = `${LARGE_TEXT_SCALE * 100}%`;

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be unavailable (private mode); the preference then lasts for this page only.
  }
}

/** The language chosen on this device, if any. */
export function readStoredLocale(): TLocale | undefined {
  const value = readStorage(LOCALE_KEY);
  return LOCALES.find((locale) => locale === value);
}

export function storeLocale(locale: TLocale): void {
  writeStorage(LOCALE_KEY, locale);
}

let largeText = readStorage(LARGE_TEXT_KEY) === 'true';
const largeTextListeners = new Set<() => void>();

/** Turns large text on or off for this device (remembered in localStorage). */
export function setLargeText(on: boolean): void {
  writeStorage(LARGE_TEXT_KEY, String(on));
  document.documentElement.style.fontSize = on ? LARGE_TEXT_FONT_SIZE : '';
  if (on === largeText) return;
  largeText = on;
  for (const listener of largeTextListeners) listener();
}

function subscribeLargeText(listener: () => void): () => void {
  largeTextListeners.add(listener);
  return () => largeTextListeners.delete(listener);
}

/** Whether large text is on, re-rendering when it changes. */
export function useLargeText(): boolean {
  return useSyncExternalStore(subscribeLargeText, () => largeText);
}
