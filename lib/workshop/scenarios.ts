import type { SituationId } from '../get-help';

/**
 * Workshop mode's scenarios: data, not words. Each step says which screen of the made-up social
 * network shows, what is on it, and what the real in-page helper shows beside it; the words
 * (step captions, the presenter's script, the made-up content) are in locales/<lang>/workshop.json
 * under `scenarios.<scenario>.<step>` and `site.*`.
 */

export type DemoScreen = 'feed' | 'chat' | 'comments' | 'settings';

/** What the helper shows at a step: nothing open, the privacy prompt, a topic's steps, or "get help". */
export type HelperFocus =
  | { kind: 'closed' }
  | { kind: 'prompt' }
  /** A topic's guide; `about` picks the guide about a message, a comment, a post or an account. */
  | { kind: 'topic'; topic: 'privacy' | 'block' | 'report'; about?: 'message' | 'comment' | 'post' | 'account' }
  | { kind: 'help'; situation?: SituationId };

export interface ScenarioStep {
  id: string;
  screen: DemoScreen;
  /** The demo account is private (the settings screen's switch). */
  privateAccount?: boolean;
  /** How many of the stranger's messages have arrived (the chat screen). */
  messages?: 0 | 1 | 2;
  /** The mean comment is under the post (the comments screen). */
  meanComment?: boolean;
  /** The friend's post with a photo of "you" is in the feed. */
  sharedPhoto?: boolean;
  helper: HelperFocus;
}

export interface Scenario {
  id: 'private' | 'stranger' | 'meanComment' | 'sharedPhoto';
  steps: readonly ScenarioStep[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'private',
    steps: [
      { id: 'public', screen: 'settings', privateAccount: false, helper: { kind: 'closed' } },
      { id: 'prompt', screen: 'settings', privateAccount: false, helper: { kind: 'prompt' } },
      { id: 'steps', screen: 'settings', privateAccount: false, helper: { kind: 'topic', topic: 'privacy' } },
      { id: 'done', screen: 'settings', privateAccount: true, helper: { kind: 'closed' } },
      { id: 'help', screen: 'settings', privateAccount: true, helper: { kind: 'help' } },
    ],
  },
  {
    id: 'stranger',
    steps: [
      { id: 'hello', screen: 'chat', messages: 1, helper: { kind: 'closed' } },
      { id: 'photo', screen: 'chat', messages: 2, helper: { kind: 'closed' } },
      { id: 'block', screen: 'chat', messages: 2, helper: { kind: 'topic', topic: 'block', about: 'account' } },
      { id: 'report', screen: 'chat', messages: 2, helper: { kind: 'topic', topic: 'report', about: 'message' } },
      { id: 'help', screen: 'chat', messages: 2, helper: { kind: 'help', situation: 'askedForImages' } },
    ],
  },
  {
    id: 'meanComment',
    steps: [
      { id: 'comment', screen: 'comments', meanComment: true, helper: { kind: 'closed' } },
      {
        id: 'report',
        screen: 'comments',
        meanComment: true,
        helper: { kind: 'topic', topic: 'report', about: 'comment' },
      },
      { id: 'help', screen: 'comments', meanComment: true, helper: { kind: 'help', situation: 'bothered' } },
    ],
  },
  {
    id: 'sharedPhoto',
    steps: [
      { id: 'post', screen: 'feed', sharedPhoto: true, helper: { kind: 'closed' } },
      { id: 'talk', screen: 'feed', sharedPhoto: true, helper: { kind: 'closed' } },
      { id: 'report', screen: 'feed', sharedPhoto: true, helper: { kind: 'topic', topic: 'report', about: 'post' } },
      { id: 'help', screen: 'feed', sharedPhoto: true, helper: { kind: 'help', situation: 'bothered' } },
    ],
  },
];

/** Every step of every scenario in order: the presenter's arrow keys walk this list. */
export const ALL_STEPS = SCENARIOS.flatMap((scenario) => scenario.steps.map((step) => ({ scenario, step })));

/**
 * The guide a step points at, on the platform the presenter chose: the first guide of the topic
 * whose id names what it is about (reportMessage, reportComment...), else the topic's first guide.
 */
export function guideFor(guides: readonly { id: string; topic: string }[], focus: HelperFocus): string | undefined {
  if (focus.kind !== 'topic') return undefined;
  const ofTopic = guides.filter((g) => g.topic === focus.topic);
  const about = focus.about;
  return (about ? ofTopic.find((g) => g.id.toLowerCase().includes(about)) : undefined)?.id ?? ofTopic[0]?.id;
}

/** The kind of page each demo screen stands for, so the helper orders its guides as on a real site. */
export const PAGE_KIND = { feed: 'post', chat: 'chat', comments: 'post', settings: 'settings' } as const;

/**
 * The platforms the presenter can choose: those with web steps for every guide the scenarios show
 * (a site without, say, web steps to block cannot show the stranger scenario honestly).
 */
export function workshopPlatforms<P extends { guides: readonly { id: string; topic: string }[] }>(
  platforms: readonly P[],
): P[] {
  return platforms.filter((p) =>
    ALL_STEPS.every(({ step }) => step.helper.kind !== 'topic' || guideFor(p.guides, step.helper) !== undefined),
  );
}
