/**
 * "Get help now": what can have happened, and what to do. Data, not words: the words live in
 * locales/<lang>/help.json under `situations.<id>` and `actions.<id>`.
 *
 * Every situation ends with things to do now (tell a trusted adult, keep evidence safely, block,
 * report to the site, call a helpline), the same ones wherever they apply, so a child who picked the
 * "wrong" situation still gets the steps that matter. Someone worried about a friend is not the one
 * being contacted, so "block the person" is left out there: a child could read it as "block my friend".
 */

export const SITUATION_IDS = ['bothered', 'askedForImages', 'imageShared', 'sawIllegal', 'worriedFriend'] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/** Which reporting services (reporting-services.ts) a situation shows, by kind. */
export type ServiceKind = 'imageRemoval' | 'illegalContent';

/** What to do now, in this order; calling a helpline is always last, with the numbers under it. */
export const ACTION_IDS = ['tellAdult', 'keepEvidence', 'block', 'report', 'helpline'] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export interface Situation {
  id: SituationId;
  /** Keys under `situations.<id>.points`: what to know first, in order. */
  points: readonly string[];
  services: readonly ServiceKind[];
  /** What to do now, in ACTION_IDS order. */
  actions: readonly ActionId[];
}

export const SITUATIONS: readonly Situation[] = [
  { id: 'bothered', points: ['notYourFault', 'dontReply', 'school'], services: [], actions: ACTION_IDS },
  { id: 'askedForImages', points: ['dontSend', 'notYourFault', 'threats'], services: [], actions: ACTION_IDS },
  {
    id: 'imageShared',
    points: ['notYourFault', 'takeDown', 'dontPay'],
    services: ['imageRemoval'],
    actions: ACTION_IDS,
  },
  { id: 'sawIllegal', points: ['examples', 'dontShare', 'report'], services: ['illegalContent'], actions: ACTION_IDS },
  {
    id: 'worriedFriend',
    points: ['listen', 'dontShare', 'tellAdult'],
    services: [],
    actions: ['tellAdult', 'keepEvidence', 'report', 'helpline'],
  },
];
