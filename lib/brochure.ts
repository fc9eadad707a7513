/**
 * The parent brochure's structure: which sections, which points in each, and how they are laid
 * out on paper. The words are in locales/<lang>/brochure.json under the same ids.
 */
export const BROCHURE_SECTIONS = [
  { id: 'talk', points: ['curious', 'showMe', 'everyday', 'door', 'engage'] },
  { id: 'age', points: ['minimum', 'whyMatters', 'together', 'extension', 'familyTools'] },
  { id: 'image', points: ['travels', 'think', 'askOthers', 'sexting', 'sextortion'] },
  { id: 'strangers', points: ['what', 'how', 'signs', 'doNow'] },
  { id: 'bullying', points: ['hurts', 'target', 'witness', 'tools'] },
  { id: 'happens', points: ['calm', 'noDevice', 'evidence', 'report', 'help'] },
] as const;

export type SectionId = (typeof BROCHURE_SECTIONS)[number]['id'];

export const BROCHURE_SOURCES = ['eukidsonline', 'profiles', 'reporting', 'about'] as const;

/** One language: two sheets, split between sections so that each prints on a page of its own. */
export const ONE_LANGUAGE_SHEETS: readonly (readonly SectionId[])[] = [
  ['talk', 'age', 'image'],
  ['strangers', 'bullying', 'happens'],
];

/** Two languages need twice the room: four sheets, the same sections side by side or one after the other. */
export const TWO_LANGUAGE_SHEETS: readonly (readonly SectionId[])[] = [
  ['talk', 'age'],
  ['image', 'strangers'],
  ['bullying', 'happens'],
  [],
];

export type BilingualLayout = 'side' | 'sections';

/**
 * The largest font size (in points, to a tenth) at which `fits(size)` holds, between `min` and
 * `max`; `min` when nothing fits. `fits` must be monotonic: smaller text never takes more room.
 */
export function largestFitting(fits: (size: number) => boolean, min = 6.5, max = 12): number {
  let lo = Math.round(min * 10);
  let hi = Math.round(max * 10);
  if (!fits(lo / 10)) return lo / 10;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid / 10)) lo = mid;
    else hi = mid - 1;
  }
  return lo / 10;
}

/**
 * Where to start the second of two sheets, given the heights of what comes before the first
 * block (a title), of each block in order, and of what follows the last (a footer): the split
 * whose taller sheet is shortest, so both print at the largest common size. At least one block
 * on each sheet; 0 when there are fewer than two blocks.
 */
export function balancedSplit(before: number, blocks: readonly number[], after: number): number {
  if (blocks.length < 2) return 0;
  let best = 1;
  let bestTaller = Infinity;
  let first = before;
  let second = blocks.reduce((sum, h) => sum + h, 0) + after;
  for (let at = 1; at < blocks.length; at++) {
    first += blocks[at - 1]!;
    second -= blocks[at - 1]!;
    const taller = Math.max(first, second);
    if (taller < bestTaller) {
      bestTaller = taller;
      best = at;
    }
  }
  return best;
}
