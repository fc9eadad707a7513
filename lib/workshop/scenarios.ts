import type { SituationId } from '../get-help';

/**
 * Workshop mode's scenarios: data, not words. Each step says which screen of the made-up social
 * network shows, what is on it, and what the real in-page helper shows beside it; the words
 * (step captions, the presenter's script, the made-up content) are in locales/<lang>/workshop.json
 * under `scenarios.<scenario>.<step>` and `site.*`.
 */

/** The guides the scenarios show, by their ids in lib/platforms/<platform>.ts. */
export type WorkshopGuide = 'makePrivate' | 'blockAccount' | 'reportMessage' | 'reportComment' | 'reportPost';

export type DemoScreen = 'feed' | 'chat' | 'comments' | 'settings';

/** What the helper shows at a step: nothing open, the privacy prompt, a topic's steps, or "get help". */
export type HelperFocus =
  | { kind: 'closed' }
  | { kind: 'prompt' }
  /**
   * A topic's guide, named exactly: the step's caption says what the helper shows ("how to report
   * the comment"), so another guide of the topic ("report a chat") would contradict it.
   */
  | { kind: 'topic'; topic: 'privacy' | 'block' | 'report'; guide: WorkshopGuide }
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
      {
        id: 'steps',
        screen: 'settings',
        privateAccount: false,
        helper: { kind: 'topic', topic: 'privacy', guide: 'makePrivate' },
      },
      { id: 'done', screen: 'settings', privateAccount: true, helper: { kind: 'closed' } },
      { id: 'help', screen: 'settings', privateAccount: true, helper: { kind: 'help' } },
    ],
  },
  {
    id: 'stranger',
    steps: [
      { id: 'hello', screen: 'chat', messages: 1, helper: { kind: 'closed' } },
      { id: 'photo', screen: 'chat', messages: 2, helper: { kind: 'closed' } },
      { id: 'block', screen: 'chat', messages: 2, helper: { kind: 'topic', topic: 'block', guide: 'blockAccount' } },
      { id: 'report', screen: 'chat', messages: 2, helper: { kind: 'topic', topic: 'report', guide: 'reportMessage' } },
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
        helper: { kind: 'topic', topic: 'report', guide: 'reportComment' },
      },
      { id: 'help', screen: 'comments', meanComment: true, helper: { kind: 'help', situation: 'bothered' } },
    ],
  },
  {
    id: 'sharedPhoto',
    steps: [
      { id: 'post', screen: 'feed', sharedPhoto: true, helper: { kind: 'closed' } },
      { id: 'talk', screen: 'feed', sharedPhoto: true, helper: { kind: 'closed' } },
      {
        id: 'report',
        screen: 'feed',
        sharedPhoto: true,
        helper: { kind: 'topic', topic: 'report', guide: 'reportPost' },
      },
      { id: 'help', screen: 'feed', sharedPhoto: true, helper: { kind: 'help', situation: 'bothered' } },
    ],
  },
];

/** Every step of every scenario in order. */
export const ALL_STEPS = SCENARIOS.flatMap((scenario) => scenario.steps.map((step) => ({ scenario, step })));

type Guides = readonly { id: string; topic: string }[];

/** The guide a step points at on the chosen platform, if the platform has that very guide. */
export function guideFor(guides: Guides, focus: HelperFocus): string | undefined {
  if (focus.kind !== 'topic') return undefined;
  return guides.find((g) => g.id === focus.guide && g.topic === focus.topic)?.id;
}

/**
 * The scenarios a platform can show honestly: those whose every guide it has. A chat app has no
 * comments to report and WhatsApp no private account: those scenarios are left out for them,
 * rather than a caption promising one thing beside a helper showing another.
 */
export function scenariosFor(guides: Guides): Scenario[] {
  return SCENARIOS.filter((s) =>
    s.steps.every((step) => step.helper.kind !== 'topic' || guideFor(guides, step.helper) !== undefined),
  );
}

/** The steps the presenter's keys walk on a platform: every step of the scenarios it can show. */
export function stepsFor(guides: Guides): typeof ALL_STEPS {
  const shown = scenariosFor(guides);
  return ALL_STEPS.filter(({ scenario }) => shown.includes(scenario));
}

/** The kind of page each demo screen stands for, so the helper orders its guides as on a real site. */
export const PAGE_KIND = { feed: 'post', chat: 'chat', comments: 'post', settings: 'settings' } as const;

/** The platforms the presenter can choose: those that can show at least one scenario. */
export function workshopPlatforms<P extends { guides: Guides }>(platforms: readonly P[]): P[] {
  return platforms.filter((p) => scenariosFor(p.guides).length > 0);
}
