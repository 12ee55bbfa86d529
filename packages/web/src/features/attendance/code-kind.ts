import type { TScanKind } from '@musubi/shared';

/**
 * What an attendance code is for, read from its prefix (`M1.S` screen and `M1.P` poster
 * codes belong to a site, `M1.V` to a volunteer), or null for any other text. Only the
 * server can tell whether it is genuine; this lets the page say at once that the wrong
 * kind of code was shown to the camera.
 */
export function codeKind(text: string): TScanKind | null {
  const match = /^M1\.([SPV])\./.exec(text.trim());
  if (!match) return null;
  return match[1] === 'V' ? 'personal' : 'site';
}
