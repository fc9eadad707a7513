import type { Platform } from './types';
import { instagram } from './instagram';

/**
 * Every supported platform. Adding one is a data file here plus its words in locales/; the
 * manifest's content-script matches, the popup and the in-page helper all read this list.
 */
export const PLATFORMS: readonly Platform[] = [instagram];

/** Every content-script match pattern, for the manifest. */
export const ALL_MATCHES: string[] = [...new Set(PLATFORMS.flatMap((p) => p.matches))].sort();

export function platformById(id: string): Platform | undefined {
  return PLATFORMS.find((p) => p.id === id);
}

/** The platform whose hostnames include this address's host, for http(s) addresses only. */
export function platformForUrl(url: string | undefined | null): Platform | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return PLATFORMS.find((p) => p.hostnames.includes(host));
}
