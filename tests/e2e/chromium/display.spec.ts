import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  forcedColourProblems,
  installDisplayHelpers,
  INTERACTIVE,
  launcherLook,
  reflowProblems,
} from '../display-checks';
import { callButtonProblems } from './helper-checks';

/**
 * How the pages look to people who see them differently: zoomed in (reflow), with a pointer that
 * needs room (target size), with motion turned down, and with the system's own high-contrast
 * colours (forced colours).
 */

interface PageUnderTest {
  name: string;
  path: (lang: string) => string;
  /** Waits for the page to show what it shows. */
  ready: (page: Page) => Promise<void>;
  /** Printed paper at its real size: a fixed sheet, exempt from reflow (WCAG 1.4.10 allows
   * content whose meaning needs a two-dimensional layout, and a page of paper is one). */
  paper?: string;
}

const appReady = async (page: Page) => {
  await page.locator('main:not([aria-busy])').waitFor();
};
/** The popup draws its foot (checklist, links, settings) a frame after the rest. */
const popupReady = async (page: Page) => {
  await appReady(page);
  await page.locator('footer.settings').waitFor({ state: 'attached' });
};
const fitted = async (page: Page) => {
  await expect(page.locator('main[data-fitted="true"]')).toBeAttached({ timeout: 20_000 });
};
const helperReady = async (page: Page) => {
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('#app, make-it-safe-helper')].some(
          (h) => h.shadowRoot?.querySelector('.mis-launcher') != null,
        ),
      ),
    )
    .toBe(true);
};

const PAGES: PageUnderTest[] = [
  { name: 'popup', path: () => 'popup.html?tabUrl=https%3A%2F%2Fwww.instagram.com%2F', ready: popupReady },
  { name: 'first run', path: () => 'welcome.html', ready: appReady },
  { name: 'dashboard', path: () => 'options.html', ready: appReady },
  { name: 'brochure', path: (lang) => `brochure.html?lang=${lang}`, ready: fitted, paper: '.sheet' },
  {
    name: 'handout',
    path: (lang) => `handout.html?platform=instagram&lang=${lang}`,
    ready: fitted,
    paper: '.sheet',
  },
  {
    name: 'workshop',
    path: (lang) => `workshop.html?lang=${lang}`,
    ready: async (page) => {
      await appReady(page);
      await helperReady(page);
    },
  },
  { name: 'helper panel', path: (lang) => `helper-preview.html?lang=${lang}&prompt=1`, ready: helperReady },
];

/** Pages that read the language from storage take it from the language picker instead. */
async function open(page: Page, extensionId: string, p: PageUnderTest, lang: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/${p.path(lang)}`);
  await p.ready(page);
  await install(page);
  if (!p.path(lang).includes('lang=') && lang !== 'en') {
    await page.getByTestId('language').first().selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
  }
}

/** The in-page helpers the checks use, installed once per page load. */
async function install(page: Page): Promise<void> {
  await page.evaluate(installDisplayHelpers);
}

test.describe('reflow at 200% and 400% zoom', () => {
  test.describe.configure({ timeout: 240_000 });
  for (const p of PAGES) {
    test(`${p.name}: no sideways scrolling and no clipped text`, async ({ context, extensionId }) => {
      const page = await context.newPage();
      const found: string[] = [];
      // A 1280-pixel window at 200% is 640 CSS pixels wide, at 400% 320 (WCAG 1.4.10). The popup's
      // window is at most 800 by 600 device pixels, so 400 by 300 CSS pixels at 200%.
      const sizes =
        p.name === 'popup'
          ? [{ width: 400, height: 300 }]
          : [
              { width: 640, height: 400 },
              { width: 320, height: 256 },
            ];
      // Long words (German: English is the same script with shorter ones), a right-to-left script
      // (Urdu's Nastaliq is the tallest) and a Brahmic one.
      for (const lang of ['de', 'ur', 'bn']) {
        for (const size of sizes) {
          await page.setViewportSize(size);
          await open(page, extensionId, p, lang);
          const problems = await page.evaluate(reflowProblems, p.paper);
          for (const problem of problems) found.push(`${lang} ${size.width}px: ${problem}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});

async function openAt(page: Page, extensionId: string, p: PageUnderTest, lang: string): Promise<void> {
  await page.setViewportSize(p.name === 'popup' ? { width: 380, height: 600 } : { width: 1280, height: 800 });
  await open(page, extensionId, p, lang);
  // Every disclosure open, so the targets inside them are measured too.
  await page.evaluate(() =>
    window.__display
      .all()
      .filter((el) => el instanceof HTMLDetailsElement)
      .forEach((d) => d.setAttribute('open', '')),
  );
}

test('keeps the name Make-IT-Safe on one line in Arabic, where it fell at a line end', async ({
  context,
  extensionId,
}) => {
  // The dashboard's introduction at 400% zoom broke after "Make-" and drew the hyphen on the left.
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 256 });
  const dashboard = PAGES.find((p) => p.name === 'dashboard')!;
  await open(page, extensionId, dashboard, 'ar');
  expect(await page.locator('main').textContent()).toMatch(/Make-\u2060?IT-\u2060?Safe/);
  expect((await page.evaluate(reflowProblems, undefined)).filter((p) => p.includes('Make-IT-Safe'))).toEqual([]);
});

test('every target is at least 24 by 24 CSS pixels, or has room around it (WCAG 2.5.8)', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(240_000);
  const page = await context.newPage();
  const found: string[] = [];
  const inline = new Set<string>();
  const room = new Set<string>();
  for (const p of PAGES) {
    for (const lang of ['en', 'ar']) {
      await openAt(page, extensionId, p, lang);
      const result = await page.evaluate((selector) => {
        const { all, name, shown } = window.__display;
        const targets = all().filter(
          (el) => el.matches(selector) && shown(el) && !(el as HTMLButtonElement).disabled && !el.closest('[inert]'),
        );
        const boxes = targets.map((el) => el.getBoundingClientRect());
        const small = (r: DOMRect) => r.width < 24 - 0.01 || r.height < 24 - 0.01;
        const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
        const distance = (p: { x: number; y: number }, r: DOMRect) =>
          Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
        const problems: string[] = [];
        const exempt: string[] = [];
        const spaced: string[] = [];
        targets.forEach((el, i) => {
          const r = boxes[i]!;
          if (!small(r)) return;
          // A link inside a sentence is exempt (WCAG 2.5.8 "inline"): its size is the text's.
          const parent = el.parentElement;
          const inSentence =
            el.localName === 'a' &&
            parent !== null &&
            [...parent.childNodes].some((n) => n !== el && n.nodeType === 3 && n.textContent!.trim() !== '');
          if (inSentence) {
            exempt.push(`${name(el)} "${el.textContent!.trim().slice(0, 40)}"`);
            return;
          }
          // The spacing exception: a 24-pixel circle on its centre touches no other target, nor the
          // circle of another small one.
          const c = centre(r);
          const crowded = targets.some((other, j) => {
            if (j === i || other.contains(el) || el.contains(other)) return false;
            const o = boxes[j]!;
            if (distance(c, o) < 12) return true;
            if (small(o)) {
              const oc = centre(o);
              return Math.hypot(c.x - oc.x, c.y - oc.y) < 24;
            }
            return false;
          });
          const what = `${name(el)} "${el.textContent!.trim().slice(0, 30)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
          (crowded ? problems : spaced).push(what);
        });
        return { problems: [...new Set(problems)], exempt, spaced };
      }, INTERACTIVE);
      for (const problem of result.problems) found.push(`${p.name} ${lang}: ${problem}`);
      for (const e of result.exempt) inline.add(`${p.name}: ${e}`);
      for (const e of result.spaced) room.add(`${p.name}: ${e.replace(/#[\w-]+/, '')}`);
    }
  }
  // Written into the report, so what passes by an exception can be read there.
  test
    .info()
    .annotations.push(
      { type: 'inline links (exempt)', description: [...inline].join('; ') || 'none' },
      { type: 'smaller, with room around (spacing exception)', description: [...room].join('; ') || 'none' },
    );
  expect(found).toEqual([]);
});

test.describe('reduced motion', () => {
  /** Every element (and its ::before and ::after) with an animation or transition that takes time. */
  async function moving(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const { all, name } = window.__display;
      const longest = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d) || 0));
      const out: string[] = [];
      for (const el of all()) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          if (pseudo && s.content === 'none') continue;
          const label = `${name(el)}${pseudo ?? ''}`;
          if (s.animationName !== 'none' && longest(s.animationDuration) > 0.01) out.push(`${label} animation`);
          if (s.transitionProperty !== 'none' && longest(s.transitionDuration) > 0.01) out.push(`${label} transition`);
          if (!pseudo && s.scrollBehavior === 'smooth') out.push(`${label} smooth scrolling`);
        }
      }
      // Animations started from script as well as from CSS, including inside open shadow roots.
      for (const a of document.getAnimations()) {
        const target = (a.effect as KeyframeEffect | null)?.target;
        if (a.playState === 'running') out.push(`running: ${target ? name(target) : '?'}`);
      }
      return [...new Set(out)];
    });
  }

  /** Shows what moves when it appears: the helper's panel opening, the workshop's switch turning on. */
  async function trigger(page: Page, p: PageUnderTest): Promise<void> {
    if (p.name === 'helper panel') {
      await page.keyboard.press('Escape');
      await page.evaluate(() =>
        document.getElementById('app')!.shadowRoot!.querySelector<HTMLButtonElement>('.mis-open')!.click(),
      );
    }
    if (p.name === 'workshop') {
      // Step 4 of the first scenario turns the made-up account's "private" switch on.
      for (let k = 0; k < 3; k++) await page.keyboard.press('PageDown');
      await expect(page.locator('.switch.on')).toBeVisible();
      await page.keyboard.press('PageDown');
    }
  }

  for (const motion of ['reduce', 'no-preference'] as const) {
    test(`${motion}: ${motion === 'reduce' ? 'no animation or transition on any page' : 'the panel and the switch do move (the check sees them)'}`, async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(120_000);
      const page = await context.newPage();
      await page.emulateMedia({ reducedMotion: motion });
      const found: Record<string, string[]> = {};
      for (const p of PAGES) {
        await openAt(page, extensionId, p, 'en');
        await trigger(page, p);
        found[p.name] = await moving(page);
      }
      if (motion === 'reduce') {
        expect(found).toEqual(Object.fromEntries(PAGES.map((p) => [p.name, []])));
      } else {
        expect(found['helper panel']).toContain('section#mis-panel.mis-panel animation');
        expect(found['workshop']).toContain('span.switch.on::after transition');
      }
    });
  }
});

test.describe('forced colours', () => {
  for (const p of PAGES) {
    test(`${p.name}: every control keeps its border and focus ring`, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.emulateMedia({ forcedColors: 'active' });
      await openAt(page, extensionId, p, 'en');
      // A key press first: focus moved by script then shows its ring, as after Tab.
      await page.keyboard.press('Shift');
      const { problems, focused } = await page.evaluate(forcedColourProblems, INTERACTIVE);
      expect(problems).toEqual([]);
      // The focus ring half of the check ran: controls took focus.
      expect(focused).toBeGreaterThan(0);
      if (p.name === 'helper panel' || p.name === 'workshop') {
        // The launcher stays a visible shape, and its shield stays visible on it.
        const launcher = await page.evaluate(launcherLook);
        expect(launcher.border).toBeGreaterThanOrEqual(1);
        expect(launcher.borderColour).not.toBe(launcher.background);
        expect(launcher.icon).not.toBe(launcher.button);
      }
    });
  }
});

test.describe('forced colours: what is drawn stays drawn', () => {
  // Forced colours replace every background with the page's or the button's own colour and paint
  // every border: a mark drawn with a background vanishes, and a triangle drawn with transparent
  // borders becomes a square. Each check compares a mark's colour with what is behind it.
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
  });

  test("the launcher's minus and plus", async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/helper-preview.html?lang=en`);
    await helperReady(page);
    const look = () =>
      page.evaluate(() => {
        const root = document.getElementById('app')!.shadowRoot!;
        const glyph = root.querySelector('.mis-glyph')!;
        const button = getComputedStyle(root.querySelector('.mis-size')!).backgroundColor;
        const bar = (pseudo: string) => {
          const s = getComputedStyle(glyph, pseudo);
          return s.display === 'none' ? 'not drawn' : s.backgroundColor;
        };
        return { button, minus: bar('::before'), upright: bar('::after') };
      });
    const open = await look();
    expect(open.minus).not.toBe(open.button);
    expect(open.upright).toBe('not drawn');
    await page.locator('.mis-size').click();
    await expect(page.locator('.mis-launcher.mis-min')).toHaveCount(1);
    const min = await look();
    expect(min.minus).not.toBe(min.button);
    expect(min.upright).not.toBe(min.button);
  });

  test("the dashboard's site cards show a triangle, not a square", async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await appReady(page);
    const triangle = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('.platform > summary')!, '::before');
        return { start: s.borderInlineStartColor, ends: [s.borderTopColor, s.borderBottomColor] };
      });
    const shape = await triangle();
    // The two ends are see-through, so the start border is a triangle pointing along the line.
    expect(shape.ends).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    expect(shape.start).not.toBe('rgba(0, 0, 0, 0)');
  });

  for (const p of PAGES.filter((page) => page.paper)) {
    test(`${p.name}: each sheet keeps its edge`, async ({ page, extensionId }) => {
      await page.goto(`chrome-extension://${extensionId}/${p.path('en')}`);
      await p.ready(page);
      const edges = await page.evaluate((paper) => {
        const behind = getComputedStyle(document.body).backgroundColor;
        return [...document.querySelectorAll(paper)].map((sheet) => {
          const s = getComputedStyle(sheet);
          return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && s.outlineColor !== behind;
        });
      }, p.paper!);
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.every(Boolean)).toBe(true);
    });
  }

  test("the workshop's private-account switch, off and on", async ({ page, extensionId }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/workshop.html?lang=en`);
    await appReady(page);
    const look = () =>
      page.evaluate(() => {
        const sw = document.querySelector('.switch')!;
        const s = getComputedStyle(sw);
        const knob = getComputedStyle(sw, '::after');
        const behind = getComputedStyle(sw.closest('.screen')!).backgroundColor;
        return {
          on: sw.classList.contains('on'),
          edge: parseFloat(s.borderTopWidth) >= 1 && s.borderTopColor !== behind ? 'visible' : 'none',
          fill: s.backgroundColor,
          knob: knob.backgroundColor,
          knobAt: knob.insetInlineStart,
        };
      });
    const off = await look();
    expect(off.on).toBe(false);
    expect(off.edge).toBe('visible');
    expect(off.knob).not.toBe(off.fill);
    // On, from step 4 ("Sam's account is private now").
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await expect(page.getByTestId('demo-private')).toHaveText(/^On:/);
    // The knob slides over (0.15 s) once the switch is on.
    await expect.poll(async () => (await look()).knobAt).not.toBe(off.knobAt);
    const on = await look();
    expect(on.on).toBe(true);
    expect(on.edge).toBe('visible');
    expect(on.knob).not.toBe(on.fill);
    // "On" is not only the knob's place: the switch is filled.
    expect(on.fill).not.toBe(off.fill);
  });
});

test("the popup's call buttons keep the space between their words and the number", async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  const popup = PAGES.find((p) => p.name === 'popup')!;
  const found: string[] = [];
  // The number before its words (German, Turkish, Bengali), after them (French, Russian), and
  // inside right-to-left words (Arabic, Urdu).
  for (const lang of ['de', 'fr', 'ru', 'tr', 'bn', 'ar', 'ur']) {
    await open(page, extensionId, popup, lang);
    await page.locator('[data-action="help"]').click();
    await page.locator('#mis-help-title').waitFor();
    found.push(...(await page.evaluate(callButtonProblems, undefined)).map((p) => `${lang}: ${p}`));
  }
  expect(found).toEqual([]);
});
