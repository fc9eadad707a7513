// Store screenshots (1280×800 PNG, as the Chrome Web Store and Edge Add-ons ask) of the popup on
// Instagram, the helper panel open on the Instagram page, the parent brochure and the family
// dashboard, in English, Arabic (right to left) and Hindi. Run: npm run screenshots.
//
// It uses the e2e build (.output/chrome-mv3-e2e) in Debian's Chromium, headless, with a fresh
// profile per language. When that build is missing it makes it (`npx wxt build --mode e2e`);
// otherwise it builds nothing, so rebuild it yourself after changing the extension.
// No network: instagram.com is served from tests/fixtures/instagram, as in the e2e tests, and every
// other http(s) request is refused (and reported, failing the run).
// Writes .output/screenshots/<lang>/<n>-<name>.png and prints the list.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExtensionArgs, QUIET_CHROMIUM_ARGS } from '../tests/e2e/chromium-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, '.output/chrome-mv3-e2e');
const OUT = path.join(ROOT, '.output/screenshots');
const FIXTURE = path.join(ROOT, 'tests/fixtures/instagram');
const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 380, height: 600 }; // Chrome's popups are at most 600px high
const SITE = 'https://www.instagram.com/';

// Each language with a browser locale and a country that has a checked helpline.
const LANGUAGES = {
  en: { locale: 'en-GB', country: 'GB' },
  ar: { locale: 'ar-AE', country: 'AE' },
  hi: { locale: 'hi-IN', country: 'IN' },
};

if (!existsSync(path.join(BUILD, 'manifest.json'))) {
  console.log('==> .output/chrome-mv3-e2e is missing: npx wxt build --mode e2e');
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
}

const outside = [];

async function launch(locale) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale,
    viewport: SIZE,
    args: [...loadExtensionArgs(BUILD), `--lang=${locale}`, ...QUIET_CHROMIUM_ARGS],
  });
  // The Instagram fixture under its real hostname (the content script's match patterns apply);
  // its shared scripts come from tests/fixtures/shared. Everything else is refused.
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== 'www.instagram.com') {
      outside.push(url.href);
      return route.abort();
    }
    const name = url.pathname.endsWith('.js') ? path.basename(url.pathname) : 'index.html';
    const file = existsSync(path.join(FIXTURE, name))
      ? path.join(FIXTURE, name)
      : path.join(FIXTURE, '../shared', name);
    await route.fulfill({
      body: readFileSync(file),
      contentType: name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
    });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The first-run tab the extension opens on install: wait for it (so install is over), close it.
  const isWelcome = (p) => p.url().endsWith('/welcome.html');
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => undefined));
  await welcome?.close();
  return { context, worker, id: new URL(worker.url()).host };
}

/**
 * A family part-way through: settings and their sites chosen, two of Instagram's checklist items
 * done, and the privacy-check offer already seen today (so its bubble does not cover the page).
 */
async function seed(worker, language, country) {
  const doneAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const today = new Date().toISOString();
  await worker.evaluate((items) => globalThis.chrome.storage.local.set(items), {
    settings: {
      language,
      country,
      role: 'parent',
      platforms: ['instagram', 'tiktok', 'youtube', 'roblox'],
      helper: { minimized: false, offSites: [] },
      setupDone: true,
    },
    settings$: { v: 3 },
    progress: { instagram: { privateAccount: { doneAt }, whoCanMessage: { doneAt } } },
    progress$: { v: 1 },
    prompts: { everyDays: 7, offSites: [], log: { instagram: { lastShown: today } } },
    prompts$: { v: 1 },
  });
}

async function openInstagram(context) {
  const page = await context.newPage();
  await page.goto(SITE);
  await page.waitForFunction(() => window.__fixtureReady);
  await page.waitForFunction(() => document.querySelector('make-it-safe-helper'));
  return page;
}

/**
 * Clicks the helper's launcher, which lives in a closed shadow root: found through the browser's
 * accessibility tree (CDP), as the e2e tests do, by the label in the language's ui.json.
 */
async function openHelperPanel(page, lang) {
  const label = JSON.parse(readFileSync(path.join(ROOT, 'locales', lang, 'ui.json'), 'utf8')).helper.open;
  const cdp = await page.context().newCDPSession(page);
  for (let tries = 0; ; tries++) {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === label);
    if (button?.backendDOMNodeId) {
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId });
      const [x, y] = model.content;
      await page.mouse.click(x + model.width / 2, y + model.height / 2);
      break;
    }
    if (tries > 100) throw new Error(`no button "${label}" in the helper`);
    await page.waitForTimeout(100);
  }
  for (let tries = 0; ; tries++) {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    if (JSON.stringify(root).includes('"mis-panel"')) break;
    if (tries > 50) throw new Error('the helper panel did not open');
    await page.waitForTimeout(100);
  }
  await page.mouse.move(0, SIZE.height - 1); // no hover state left on the panel
  await page.waitForTimeout(400); // let any opening transition finish
}

/** The popup at its real size, shown dropped down over the Instagram page as the toolbar would. */
async function popupShot(context, id, dir, file) {
  const site = await openInstagram(context);
  await site.waitForTimeout(300);
  const backdrop = await site.screenshot();
  await site.close();
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${id}/popup.html?tabUrl=${encodeURIComponent(SITE)}`);
  await popup.locator('main:not([aria-busy])').waitFor();
  const shot = await popup.screenshot();
  await popup.close();
  const frame = await context.newPage();
  const side = dir === 'rtl' ? 'left' : 'right'; // an Arabic browser's toolbar is mirrored
  const src = (png) => `data:image/png;base64,${png.toString('base64')}`;
  await frame.setContent(`<!doctype html><body style="margin:0;overflow:hidden">
    <img src="${src(backdrop)}" style="display:block;filter:brightness(.93)">
    <img src="${src(shot)}" style="position:absolute;top:12px;${side}:72px;border:1px solid #bbb;border-radius:8px;
      box-shadow:0 8px 28px rgba(0,0,0,.28)"></body>`);
  await frame.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth));
  await frame.screenshot({ path: file });
  await frame.close();
}

async function helperShot(context, lang, file) {
  const page = await openInstagram(context);
  await openHelperPanel(page, lang);
  await page.screenshot({ path: file });
  await page.close();
}

async function brochureShot(context, id, lang, country, file) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/brochure.html?lang=${lang}&country=${country}`);
  await page.locator('main[data-fitted="true"]').waitFor({ state: 'attached', timeout: 20_000 });
  await page.screenshot({ path: file });
  await page.close();
}

async function dashboardShot(context, id, file) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.locator('main:not([aria-busy])').waitFor();
  await page.screenshot({ path: file });
  await page.close();
}

const written = [];
const started = Date.now();
for (const [lang, { locale, country }] of Object.entries(LANGUAGES)) {
  const dir = path.join(OUT, lang);
  mkdirSync(dir, { recursive: true });
  const file = (n, name) => {
    const f = path.join(dir, `${n}-${name}.png`);
    written.push(path.relative(ROOT, f));
    return f;
  };
  const { context, worker, id } = await launch(locale);
  try {
    await seed(worker, lang, country);
    const textDir = lang === 'ar' ? 'rtl' : 'ltr';
    await popupShot(context, id, textDir, file(1, 'popup'));
    await helperShot(context, lang, file(2, 'helper'));
    await brochureShot(context, id, lang, country, file(3, 'brochure'));
    await dashboardShot(context, id, file(4, 'dashboard'));
  } finally {
    await context.close();
  }
}

console.log(written.join('\n'));
console.log(`${written.length} screenshots in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (outside.length) {
  console.error(`Refused ${outside.length} outside request(s); the screenshots must need none:\n${outside.join('\n')}`);
  process.exitCode = 1;
}
