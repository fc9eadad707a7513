import { PLATFORMS } from '../../lib/platforms/registry';

/** Every supported hostname, mapped to the platform whose fixture page stands in for it. */
export const SITE_FIXTURES: Record<string, string> = Object.fromEntries(
  PLATFORMS.flatMap((p) => p.hostnames.map((host) => [host, p.id] as const)),
);

/** A sample address for each kind of page a platform tells apart (tests/fixtures/<id>/paths.json). */
export type SamplePaths = Partial<Record<'home' | 'settings' | 'profile' | 'post' | 'chat', string>>;
