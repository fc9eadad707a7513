import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PLATFORMS } from '../../lib/platforms/registry';

/**
 * The axe-core audit that the Chromium (Playwright) and Firefox (puppeteer) tests share. The
 * in-page parts are plain functions, so either driver can evaluate them.
 */

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A and AA rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * What a dark scheme changes is colour (the stylesheets' dark blocks set colour variables only), so
 * in the dark scheme only the rules that measure colour need to run; every other rule gives the
 * same answer in both schemes.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** Just what the audit needs of a page, whichever driver holds it. */
export interface AxeDriver {
  /** Runs a function in the page, or a script given as a string (evaluated by the driver). */
  evaluate<R, A>(fn: ((arg: A) => R) | string, arg?: A): Promise<R>;
}

/** Resolves once what fades in (the helper's panel) has finished, in the page and in open roots. */
function settledInPage(): Promise<unknown> {
  // Two frames first, so a transition the last step set off has started and is among the animations.
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))).then(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].flatMap((e) => e.shadowRoot ?? [])];
    return Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => undefined)));
  });
}

interface AxeOptions {
  tags: readonly string[];
  rules?: readonly string[];
}

async function runAxeInPage({ tags, rules }: AxeOptions): Promise<string[]> {
  const axe = (
    window as unknown as {
      axe: {
        run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
      };
    }
  ).axe;
  const result = await axe.run(document, {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
    // Only violations are read: axe then skips building a selector for every node that passed,
    // most of its time on a big page (the dashboard with every section open: 7.6 s to 4 s in Firefox).
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

export type Scheme = 'light' | 'dark';

/**
 * The violations axe finds in the page, one line each (rule and targets), once what fades in has
 * finished: the WCAG 2.2 A and AA rules in the light scheme, the colour rules in the dark one
 * (`scheme` is the one the page is in).
 */
export async function axeViolations(page: AxeDriver, scheme: Scheme = 'light'): Promise<string[]> {
  const rules = scheme === 'dark' ? COLOUR_RULES : undefined;
  await page.evaluate(settledInPage);
  // Evaluated by the driver, so the extension page's CSP does not block it; once per document
  // (half a megabyte to compile each time adds up over several hundred audits).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(runAxeInPage, { tags: WCAG_TAGS, rules } satisfies AxeOptions);
}

/**
 * The dashboard is audited with every section open (the IT help, every item's steps). Every site's
 * checklist in three scripts (Latin, Arabic, Devanagari); otherwise the family's site: the other
 * sites' sections are the same markup with other words (whose keys and placeholders the locale
 * tests check), and the page with all of them open is the slowest audit of all.
 */
export const EVERY_SITE_IN: readonly string[] = ['en', 'ar', 'hi'];

/** The sites whose checklists are open in the dashboard's audit in `lang`. */
export const dashboardSitesOpen = (lang: string): string[] =>
  EVERY_SITE_IN.includes(lang) ? PLATFORMS.map((p) => p.id) : ['instagram'];

/** In the page: opens every `<details>` but the checklists of sites not in `sites`. */
export function openDashboardInPage(sites: string[]): void {
  document.querySelectorAll('details').forEach((d) => {
    const site = d.closest('details.platform')?.getAttribute('data-platform');
    if (!site || sites.includes(site)) d.setAttribute('open', '');
  });
}
