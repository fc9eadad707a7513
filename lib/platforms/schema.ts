import { z } from 'zod';
import { isRealIsoDate } from '../iso-date';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(isRealIsoDate, 'a real calendar date');

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'an https address, such as https://help.example.com/page' })
  .refine((value) => !/\s/.test(value), 'no spaces in a web address');

const id = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'an id in camelCase');

export const sourceSchema = z.strictObject({
  url: httpsUrl,
  checked: isoDate,
  status: z.enum(['official', 'unconfirmed']),
});

const pageKind = z.enum(['settings', 'profile', 'post', 'chat']);

const pathPattern = z
  .string()
  .startsWith('^/', 'anchored at the start of the path')
  .refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, 'a valid regular expression');

export const guideSchema = z.strictObject({
  id,
  topic: z.enum(['block', 'report', 'limit', 'privacy']),
  steps: z.array(id).min(1).max(8),
  after: z.boolean(),
  settingsPage: id.optional(),
  pages: z.array(pageKind).min(1).optional(),
  source: sourceSchema,
});

export const checklistItemSchema = z
  .strictObject({
    id,
    audience: z.enum(['kids', 'parents']),
    guide: id.optional(),
    alsoGuide: id.optional(),
    steps: z.array(id).min(1).max(8).optional(),
    starters: z.array(id).min(2).max(3).optional(),
    settingsPage: id.optional(),
    source: sourceSchema,
  })
  .superRefine((item, ctx) => {
    if (item.audience === 'kids' && !item.guide && !item.steps) {
      ctx.addIssue({ code: 'custom', message: `${item.id}: a kids' item needs a guide or steps of its own` });
    }
    if (item.alsoGuide && (!item.guide || item.steps || item.alsoGuide === item.guide)) {
      ctx.addIssue({ code: 'custom', message: `${item.id}: a second guide comes after a first, different one` });
    }
    if (item.id === 'talk' && !item.starters) {
      ctx.addIssue({ code: 'custom', message: 'talk needs two or three conversation starters' });
    }
  });

const hostname = z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'a lower-case hostname');
const matchPattern = z.string().regex(/^\*:\/\/([a-z0-9-]+\.)+[a-z]{2,}\/\*$/, 'a pattern like *://www.example.com/*');

export const platformSchema = z
  .strictObject({
    id,
    name: z.string().min(1),
    hostnames: z.array(hostname).min(1),
    matches: z.array(matchPattern).min(1),
    minimumAge: z.strictObject({ years: z.number().int().min(13).max(21).nullable(), source: sourceSchema }),
    settingsPages: z.record(id, httpsUrl),
    pages: z.array(z.strictObject({ kind: pageKind, path: pathPattern })),
    guides: z.array(guideSchema).min(1),
    checklist: z.array(checklistItemSchema),
  })
  .superRefine((platform, ctx) => {
    // A pattern of the wrong shape already has its own message; its "host" would only add noise.
    const patternHosts = platform.matches
      .filter((m) => matchPattern.safeParse(m).success)
      .map((m) => m.slice('*://'.length, -'/*'.length));
    for (const host of platform.hostnames) {
      if (!patternHosts.includes(host)) {
        ctx.addIssue({ code: 'custom', message: `no match pattern covers ${host}` });
      }
    }
    for (const host of patternHosts) {
      if (!platform.hostnames.includes(host)) {
        ctx.addIssue({ code: 'custom', message: `match pattern for ${host} is not a listed hostname` });
      }
    }
    const guideIds = platform.guides.map((g) => g.id);
    if (new Set(guideIds).size !== guideIds.length) {
      ctx.addIssue({ code: 'custom', message: 'guide ids repeat' });
    }
    const itemIds = platform.checklist.map((i) => i.id);
    if (new Set(itemIds).size !== itemIds.length) {
      ctx.addIssue({ code: 'custom', message: 'checklist ids repeat' });
    }
    const pages = Object.keys(platform.settingsPages);
    for (const ref of [...platform.guides, ...platform.checklist]) {
      if (ref.settingsPage && !pages.includes(ref.settingsPage)) {
        ctx.addIssue({ code: 'custom', message: `${ref.id} links to unknown settings page ${ref.settingsPage}` });
      }
    }
    for (const item of platform.checklist) {
      for (const guide of [item.guide, item.alsoGuide]) {
        if (guide && !guideIds.includes(guide)) {
          ctx.addIssue({ code: 'custom', message: `${item.id} refers to unknown guide ${guide}` });
        }
      }
    }
    const kids = platform.checklist.filter((i) => i.audience === 'kids').length;
    if (kids < 6 || kids > 10) {
      ctx.addIssue({ code: 'custom', message: `the kids' checklist has ${kids} items; it needs 6 to 10` });
    }
    for (const required of ['minimumAge', 'talk']) {
      if (!platform.checklist.some((i) => i.audience === 'parents' && i.id === required)) {
        ctx.addIssue({ code: 'custom', message: `the parents' checklist needs a ${required} item` });
      }
    }
    for (const url of Object.values(platform.settingsPages)) {
      const host = new URL(url).hostname;
      if (!platform.hostnames.includes(host)) {
        ctx.addIssue({ code: 'custom', message: `settings page ${url} is not on the platform's hostnames` });
      }
    }
  });
