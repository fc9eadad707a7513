import { afterEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, openUntil, until } from './launch';

/**
 * prefers-reduced-motion in Firefox, set the way a person sets it (the system's preference, here
 * Firefox's own): the helper's panel and the workshop's switch are the only things that move, and
 * with "reduce" neither does. The Chromium suite checks every page the same way.
 */

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** Every element (and ::before, ::after), in the page and its open shadow roots, that animates or transitions. */
function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const longest = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d) || 0));
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const out: string[] = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          if (pseudo && s.content === 'none') continue;
          const label = `${el.localName}.${[...el.classList].join('.')}${pseudo ?? ''}`;
          if (s.animationName !== 'none' && longest(s.animationDuration) > 0.01) out.push(`${label} animation`);
          if (s.transitionProperty !== 'none' && longest(s.transitionDuration) > 0.01) out.push(`${label} transition`);
        }
      }
    }
    return [...new Set(out)];
  });
}

async function whatMoves(): Promise<{ panel: string[]; workshop: string[] }> {
  const panelPage = await openUntil(browser!, 'helper-preview.html?lang=en&country=GB', '#mis-panel');
  const panel = await moving(panelPage);
  // Step 4 of the first scenario turns the made-up account's "private" switch on.
  const workshop = await openUntil(browser!, 'workshop.html?lang=en', 'main:not([aria-busy])');
  for (let k = 0; k < 3; k++) await workshop.keyboard.press('PageDown');
  await until(() => workshop.evaluate(() => document.querySelector('.switch.on') !== null), 'the switch on');
  return { panel, workshop: await moving(workshop) };
}

describe('Firefox ESR: reduced motion', () => {
  it('with no preference, the panel fades in and the switch slides (the check sees them)', async () => {
    browser = await launchFirefox({ reducedMotion: false });
    const found = await whatMoves();
    expect(found.panel).toContain('section.mis-panel animation');
    expect(found.workshop).toContain('span.switch.on::after transition');
  });

  it('with "reduce", nothing animates or transitions, in the panel or the workshop', async () => {
    browser = await launchFirefox({ reducedMotion: true });
    expect(await whatMoves()).toEqual({ panel: [], workshop: [] });
  });
});
