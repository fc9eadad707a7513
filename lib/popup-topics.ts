import type { Guide, GuideTopic } from '@/lib/platforms/types';

/** The popup's questions about a site, each a screen of that site's guides. */
export type PopupTopic = Exclude<GuideTopic, 'limit'>;
const POPUP_TOPICS: readonly PopupTopic[] = ['block', 'report', 'privacy'];

/** The guides a question's screen shows: restrict and mute are the quieter choice next to blocking, so they share its screen. */
export function guidesFor<G extends Pick<Guide, 'topic'>>(guides: readonly G[], topic: PopupTopic): G[] {
  return guides.filter((g) => g.topic === topic || (topic === 'block' && g.topic === 'limit'));
}

/**
 * The questions the popup offers for a site: only those it has guides for. Snapchat has no privacy
 * guide whose steps could be confirmed, and a child who pressed "Make my account private" there got
 * a heading and nothing else.
 */
export function topicsFor(guides: readonly Pick<Guide, 'topic'>[]): PopupTopic[] {
  return POPUP_TOPICS.filter((topic) => guidesFor(guides, topic).length > 0);
}
