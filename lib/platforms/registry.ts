import type { PageKind, Platform } from './types';
import { instagram } from './instagram';
import { tiktok } from './tiktok';
import { snapchat } from './snapchat';
import { youtube } from './youtube';
import { facebook } from './facebook';
import { messenger } from './messenger';
import { whatsapp } from './whatsapp';
import { discord } from './discord';
import { roblox } from './roblox';
import { x } from './x';
import { twitch } from './twitch';
import { reddit } from './reddit';
import { telegram } from './telegram';
import { pinterest } from './pinterest';
import { threads } from './threads';

/**
 * Every supported platform. Adding one is a data file here plus its words in locales/; the
 * manifest's content-script matches, the popup and the in-page helper all read this list.
 */
export const PLATFORMS: readonly Platform[] = [
  instagram,
  tiktok,
  snapchat,
  youtube,
  facebook,
  messenger,
  whatsapp,
  discord,
  roblox,
  x,
  twitch,
  reddit,
  telegram,
  pinterest,
  threads,
];

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

/** What kind of page an address is on its platform (a profile, a settings page...), if any. */
export function pageKindFor(platform: Platform, url: string | undefined | null): PageKind | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  return platform.pages.find((p) => new RegExp(p.path).test(path))?.kind;
}
