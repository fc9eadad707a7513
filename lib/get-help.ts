/**
 * "Get help now": what can have happened, and what to do. Data, not words: the words live in
 * locales/<lang>/help.json under `situations.<id>` and `actions.<id>`.
 *
 * Every situation ends with the same things to do now (tell a trusted adult, keep evidence safely,
 * block, report to the site, call a helpline), so a child who picked the "wrong" situation still
 * gets the steps that matter.
 */

export const SITUATION_IDS = ['bothered', 'askedForImages', 'imageShared', 'sawIllegal', 'worriedFriend'] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/** Which reporting services (reporting-services.ts) a situation shows, by kind. */
export type ServiceKind = 'imageRemoval' | 'illegalContent';

export interface Situation {
  id: SituationId;
  /** Keys under `situations.<id>.points`: what to know first, in order. */
  points: readonly string[];
  services: readonly ServiceKind[];
}

export const SITUATIONS: readonly Situation[] = [
  { id: 'bothered', points: ['notYourFault', 'dontReply', 'school'], services: [] },
  { id: 'askedForImages', points: ['dontSend', 'notYourFault', 'threats'], services: [] },
  { id: 'imageShared', points: ['notYourFault', 'takeDown', 'dontPay'], services: ['imageRemoval'] },
  { id: 'sawIllegal', points: ['examples', 'dontShare', 'report'], services: ['illegalContent'] },
  { id: 'worriedFriend', points: ['listen', 'dontShare', 'tellAdult'], services: [] },
];

/** What to do now, in this order, at the end of every situation. */
export const ACTION_IDS = ['tellAdult', 'keepEvidence', 'block', 'report', 'helpline'] as const;
export type ActionId = (typeof ACTION_IDS)[number];
