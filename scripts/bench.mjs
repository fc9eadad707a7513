// The performance bench (npm run bench, after a build): one run, side by side, in Debian's Chromium.
//
// Variants: no extension; an extension whose content script is empty, on the same matches (twice:
// the second is the A/A noise floor); and this extension. Pages: heavy fixture feeds of three
// supported sites and the same feed on a site that is not supported.
//   1. Page load, paired rounds in a new random order each round: main-thread time, long tasks,
//      nodes added to the page, JavaScript heap after a garbage collection.
//   2. Single-page navigation and scrolling: main-thread time per step, and how many helpers.
//   3. Leaks: 200 single-page navigations in one tab; heap, listeners and nodes from the 20th on.
//   4. Panel open after the click; popup first paint, next to a bare extension page's.
//   5. Bundle sizes per entrypoint.
// Prints a table (also bench-results/bench.md) and writes every sample to bench-results/bench.json.
// Numbers, not pass or fail: a bench on a shared machine is read by people, next to its noise.
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { loadExtensionArgs, QUIET_CHROMIUM_ARGS } from '../tests/e2e/chromium-args.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RELEASE = path.join(ROOT, '.output/chrome-mv3');
const E2E = path.join(ROOT, '.output/chrome-mv3-e2e');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
// BENCH_QUICK=1: a few samples of everything, to check the bench itself runs (numbers meaningless).
// BENCH_ONLY=popup: the panel and popup timings alone (about a minute), for work on either;
// BENCH_ONLY=leaks: the 200 navigations alone; BENCH_ONLY=nav: single-page navigation and
// scrolling alone (BENCH_ROUNDS rounds, 30 by default); BENCH_ONLY=loads: the page loads alone, and with
// BENCH_VS=<folder of another e2e build> that build side by side, to try a change to the content
// script (about 5 minutes for 18 rounds).
const QUICK = Boolean(process.env.BENCH_QUICK);
// Long enough for the helper to have mounted (it does within about 150 ms of load).
const IDLE_MS = 800;
const POSTS = 400;
const RELAUNCH_EVERY = 6;
const FIXTURES = path.join(ROOT, 'tests/fixtures');

const SITES = [
  { key: 'instagram', label: 'Instagram feed', host: 'www.instagram.com', fixture: 'instagram', path: '/' },
  { key: 'x', label: 'X feed', host: 'x.com', fixture: 'x', path: '/home' },
  { key: 'youtube', label: 'YouTube home', host: 'www.youtube.com', fixture: 'youtube', path: '/' },
  // The same heavy page on a host the extension does not match.
  { key: 'unsupported', label: 'unsupported site', host: 'news.example', fixture: 'instagram', path: '/' },
];
const SUPPORTED = SITES.filter((s) => s.key !== 'unsupported');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const shuffle = (xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const round2 = (x) => Number(x.toFixed(2));
/**
 * Two animation frames in the page, or a clear error: a page that stops producing frames would
 * otherwise hang the bench without a word (an evaluate has no timeout of its own).
 */
async function twoFrames(page, scrollPx = 0) {
  const done = await page.evaluate(
    (px) =>
      new Promise((resolve) => {
        // A scroll step scrolls first, in the same task, so the frames are the ones it causes.
        if (px) scrollBy(0, px);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
        setTimeout(() => resolve(false), 5000);
      }),
    scrollPx,
  );
  if (!done) throw new Error(`${page.url()}: no animation frame for 5 s`);
}
/** Median of paired differences and its 95% bootstrap interval. */
function paired(a, b) {
  const d = a.map((x, i) => x - b[i]).filter((x) => Number.isFinite(x));
  const medians = Array.from({ length: 2000 }, () => median(d.map(() => d[Math.floor(Math.random() * d.length)]))).sort(
    (x, y) => x - y,
  );
  return { median: round2(median(d)), low: round2(medians[50]), high: round2(medians[1949]), n: d.length };
}

function emptyExtension(name) {
  const dir = mkdtempSync(path.join(tmpdir(), `mis-bench-${name}-`));
  const real = JSON.parse(readFileSync(path.join(RELEASE, 'manifest.json'), 'utf8'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0',
      // The same matches and the same start as the real one: only what the script does differs.
      content_scripts: [
        { matches: real.content_scripts[0].matches, js: ['empty.js'], run_at: real.content_scripts[0].run_at },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'empty.js'), '');
  return dir;
}

/** The e2e build (fixed id) with a bare page beside the popup: the floor of any extension page. */
function realExtension() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mis-bench-real-'));
  cpSync(E2E, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'bare.html'),
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bare</title></head><body><h1>Bare</h1></body></html>',
  );
  return dir;
}

function fixtureFile(fixture, name) {
  const own = path.join(FIXTURES, fixture, name);
  return existsSync(own) ? own : path.join(FIXTURES, 'shared', name);
}

/**
 * A browser with the extension (or none). `sites: false` leaves out the fixture sites: a route
 * makes Playwright intercept every request of the context, the extension's own files included,
 * and each then waits for this process (about 250 ms more for the popup's 15 files).
 */
async function launch(extensionDir, { sites = true } = {}) {
  const args = [...QUIET_CHROMIUM_ARGS, ...(extensionDir ? loadExtensionArgs(extensionDir) : [])];
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  if (extensionDir && existsSync(path.join(extensionDir, 'background.js'))) {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    // The first run opens the welcome page about a second after install, as the active tab. A page
    // the bench opened before it is then a background tab that Chromium stops giving frames
    // (200 navigations in one tab hung on that), so it is closed before any measurement.
    const isWelcome = (p) => p.url().endsWith('/welcome.html');
    const welcome =
      context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
    await welcome.close();
  }
  if (!sites) return context;
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const site = SITES.find((s) => s.host === url.hostname);
    if (!site) return route.abort();
    const name = url.pathname.endsWith('.js') ? path.basename(url.pathname) : 'index.html';
    await route.fulfill({
      body: readFileSync(fixtureFile(site.fixture, name)),
      contentType: name.endsWith('.js') ? 'text/javascript' : 'text/html',
    });
  });
  // Long tasks as the page itself sees them (the same observer in every variant).
  await context.addInitScript(() => {
    window.__longTasks = 0;
    new PerformanceObserver((list) => (window.__longTasks += list.getEntries().length)).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  return context;
}

const metric = (metrics, name) => metrics.find((m) => m.name === name).value;

/** One page load: main-thread time, long tasks, the page's own nodes, heap after a collection. */
async function loadOnce(context, site, expectHelper) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`https://${site.host}${site.path}?posts=${POSTS}`, { waitUntil: 'load' });
  // The same idle wait for every variant: polling for the helper would itself cost main-thread
  // time (waitForFunction runs on every frame) and only in the real variant.
  await page.waitForTimeout(IDLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const mainMs = metric(metrics, 'TaskDuration') * 1000;
  const { longTasks, nodes, helpers } = await page.evaluate(() => ({
    longTasks: window.__longTasks,
    nodes: document.getElementsByTagName('*').length,
    helpers: document.getElementsByTagName('make-it-safe-helper').length,
  }));
  if (expectHelper !== undefined && helpers !== (expectHelper ? 1 : 0)) {
    throw new Error(`${site.label}: ${helpers} helpers after ${IDLE_MS} ms; the measurement would be meaningless`);
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await cdp.send('Performance.getMetrics')).metrics;
  const heapMb = metric(after, 'JSHeapUsedSize') / 2 ** 20;
  await page.close();
  return { mainMs, longTasks, nodes, heapMb };
}

async function pageLoads(variants) {
  const samples = {};
  for (const site of SITES) for (const v of Object.keys(variants)) samples[`${site.key}/${v}`] = [];
  let contexts = {};
  for (let round = 0; round < ROUNDS; round++) {
    if (round % RELAUNCH_EVERY === 0) {
      // Relaunched every few rounds in random order, so no variant keeps the luck of one browser.
      for (const c of Object.values(contexts)) await c.close();
      contexts = {};
      for (const name of shuffle(Object.keys(variants))) {
        contexts[name] = await launch(variants[name]);
        // One warm-up load per site, not counted: the first page of a browser pays for its caches
        // (and the helper offers its privacy check once).
        for (const site of SITES) await loadOnce(contexts[name], site);
      }
    }
    for (const site of shuffle(SITES)) {
      for (const name of shuffle(Object.keys(variants))) {
        const expect = name === 'real' || name === 'vs' ? site.key !== 'unsupported' : undefined;
        samples[`${site.key}/${name}`].push(await loadOnce(contexts[name], site, expect));
      }
    }
    process.stdout.write(`\r  page loads: round ${round + 1}/${ROUNDS}`);
  }
  process.stdout.write('\n');
  for (const c of Object.values(contexts)) await c.close();
  return samples;
}

/** Main-thread time per single-page navigation and per scroll step, after the page has settled. */
async function navigationAndScroll(variants, rounds = QUICK ? 1 : 10, steps = 20) {
  const names = Object.keys(variants);
  const out = { helpersAfter: [] };
  const contexts = {};
  for (const name of names) {
    out[name] = { nav: [], scroll: [] };
    contexts[name] = await launch(variants[name]);
  }
  const site = SITES[0];
  for (let round = 0; round < rounds + 1; round++) {
    for (const name of shuffle(names)) {
      const page = await contexts[name].newPage();
      const cdp = await contexts[name].newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.goto(`https://${site.host}/?posts=${POSTS}`, { waitUntil: 'load' });
      await page.waitForTimeout(IDLE_MS);
      const task = async () => metric((await cdp.send('Performance.getMetrics')).metrics, 'TaskDuration') * 1000;
      const links = ['#profile-link', '#post-link', '#chat-link', '#settings-link', '#home-link'];
      const t0 = await task();
      for (let i = 0; i < steps; i++) {
        await page.click(links[i % links.length], { timeout: 10_000 });
        // With the panel closed, as here, the helper does nothing at a page change but note the
        // click; two frames cover whatever the click causes.
        await twoFrames(page);
      }
      await page.waitForTimeout(300);
      const t1 = await task();
      for (let i = 0; i < steps; i++) {
        await twoFrames(page, 600);
      }
      await page.waitForTimeout(300);
      const t2 = await task();
      if (round > 0) {
        out[name].nav.push((t1 - t0) / steps);
        out[name].scroll.push((t2 - t1) / steps);
        if (name === 'real') {
          out.helpersAfter.push(await page.evaluate(() => document.getElementsByTagName('make-it-safe-helper').length));
        }
      }
      await page.close();
    }
  }
  for (const c of Object.values(contexts)) await c.close();
  return out;
}

/** 200 single-page navigations in one tab: what grows between the 20th and the 200th. */
async function leaks(variants, total = QUICK ? 40 : 200, from = 20) {
  const out = {};
  for (const name of ['empty', 'real']) {
    const context = await launch(variants[name]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // A light feed: the page's own rendering is not what this measures.
    await page.goto(`https://${SITES[0].host}/?posts=20`, { waitUntil: 'load' });
    await page.waitForTimeout(IDLE_MS);
    const links = ['#profile-link', '#post-link', '#chat-link', '#settings-link', '#home-link'];
    const snapshot = async () => {
      await page.waitForTimeout(200);
      await cdp.send('HeapProfiler.collectGarbage');
      const m = (await cdp.send('Performance.getMetrics')).metrics;
      return {
        heapMb: metric(m, 'JSHeapUsedSize') / 2 ** 20,
        listeners: metric(m, 'JSEventListeners'),
        nodes: metric(m, 'Nodes'),
      };
    };
    let start;
    for (let i = 1; i <= total; i++) {
      await page.click(links[i % links.length], { timeout: 10_000 });
      await twoFrames(page);
      if (i === from) start = await snapshot();
    }
    const end = await snapshot();
    const helpers = await page.evaluate(() => document.getElementsByTagName('make-it-safe-helper').length);
    out[name] = {
      heapGrowthMb: round2(end.heapMb - start.heapMb),
      listenerGrowth: end.listeners - start.listeners,
      nodeGrowth: end.nodes - start.nodes,
      helpers,
    };
    await context.close();
  }
  return out;
}

async function panelAndPopup(realDir) {
  const context = await launch(realDir);
  const repeats = QUICK ? 3 : 20;
  const panel = [];
  for (let i = 0; i < repeats; i++) {
    const page = await context.newPage();
    await page.goto(`https://www.instagram.com/?posts=${POSTS}`);
    await page.waitForFunction(() => document.querySelector('make-it-safe-helper'));
    await page.waitForTimeout(300);
    const spot = await page.evaluate(() => {
      for (let y = innerHeight / 2 - 60; y < innerHeight / 2 + 60; y += 2) {
        if (document.elementFromPoint(innerWidth - 26, y)?.localName === 'make-it-safe-helper') {
          return { x: innerWidth - 26, y: y + 10 };
        }
      }
      return null;
    });
    // Timed inside the page: from the trusted click (the page sees it on the host) to the first
    // frame in which the panel covers its spot.
    await page.evaluate(() => {
      window.addEventListener(
        'pointerdown',
        () => {
          const start = performance.now();
          const check = () => {
            const hit = document.elementFromPoint(innerWidth - 64 - 150, innerHeight * 0.3);
            if (hit?.localName === 'make-it-safe-helper') window.__panelMs = performance.now() - start;
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
    await page.mouse.click(spot.x, spot.y);
    panel.push(await (await page.waitForFunction(() => window.__panelMs ?? false)).jsonValue());
    await page.close();
  }

  await context.close();

  // Popup first paint, from the navigation's start, measured by the browser (first-contentful-paint)
  // and as the frame in which its heading exists; beside it the same for a bare extension page,
  // which is what any extension page costs on this machine before its own code runs. In a browser
  // of its own without the fixture sites (see launch), after the few seconds Chromium takes to
  // answer its first read of managed storage (lib/managed.ts), as in a browser in use.
  const browser = await launch(realDir, { sites: false });
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const id = new URL(browser.serviceWorkers()[0].url()).host;
  const popup = { fcp: [], heading: [], bareFcp: [] };
  for (let i = 0; i < repeats; i++) {
    for (const which of shuffle(['popup', 'bare'])) {
      const page = await browser.newPage();
      const file =
        which === 'popup' ? `popup.html?tabUrl=${encodeURIComponent('https://www.instagram.com/')}` : 'bare.html';
      await page.goto(`chrome-extension://${id}/${file}`);
      const heading = await (
        await page.waitForFunction(() => (document.querySelector('h1') ? performance.now() : false), null, {
          polling: 'raf',
        })
      ).jsonValue();
      const fcp = await (
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false)
      ).jsonValue();
      if (which === 'popup') {
        popup.fcp.push(fcp);
        popup.heading.push(heading);
      } else popup.bareFcp.push(fcp);
      await page.close();
    }
  }
  await browser.close();
  return { panel, popup };
}

/** Each page's JavaScript and CSS (its own and the chunks it preloads), raw and gzipped. */
function bundleSizes() {
  const file = (rel) => readFileSync(path.join(RELEASE, rel.replace(/^\//, '')));
  const size = (files) => {
    const raw = files.reduce((s, f) => s + file(f).length, 0);
    const gz = files.reduce((s, f) => s + gzipSync(file(f), { level: 9 }).length, 0);
    return { kb: round2(raw / 1024), gzKb: round2(gz / 1024) };
  };
  const rows = [
    { entry: 'content script (social.js)', ...size(['content-scripts/social.js']) },
    { entry: 'background', ...size(['background.js']) },
  ];
  for (const html of readdirSync(RELEASE)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const text = readFileSync(path.join(RELEASE, html), 'utf8');
    const refs = [...text.matchAll(/(?:src|href)="(\/(?:chunks|assets)\/[^"]+)"/g)].map((m) => m[1]);
    rows.push({ entry: html, ...size(refs) });
  }
  return rows;
}

function table(result) {
  const { loads, nav, leak, panelMs, popup, bundles } = result;
  const lines = [];
  const fmt = (p, unit = 'ms') => `${p.median} ${unit} (95% ${p.low}…${p.high})`;
  lines.push(`Chromium ${result.browser}, ${result.machine}; ${result.rounds} paired rounds, ${POSTS}-post pages.`);
  lines.push('');
  lines.push('| Page | Main thread, this − empty | A/A: empty − empty | Long tasks added | Nodes added | Heap added |');
  lines.push('| --- | --- | --- | --- | --- | --- |');
  for (const site of SITES) {
    const l = loads[site.key];
    const vsNone = site.key === 'unsupported' ? ` (vs no extension: ${fmt(l.mainVsNone)})` : '';
    lines.push(
      `| ${site.label} | ${fmt(l.main)}${vsNone} | ${fmt(l.aa)} | ${l.longTasks.median} | ${l.nodes.median} | ${l.heap.median} MB |`,
    );
  }
  lines.push('');
  lines.push('| Step | Main thread, this − empty, per step |');
  lines.push('| --- | --- |');
  lines.push(
    `| single-page navigation (Instagram) | ${fmt(nav.nav)}; helpers on the page afterwards: ${nav.helpers} |`,
  );
  lines.push(`| scrolling 600 px (Instagram) | ${fmt(nav.scroll)} |`);
  lines.push(
    `| 200 navigations, from the 20th | heap ${leak.real.heapGrowthMb} MB (empty: ${leak.empty.heapGrowthMb}), listeners ${leak.real.listenerGrowth} (empty: ${leak.empty.listenerGrowth}), nodes ${leak.real.nodeGrowth} (empty: ${leak.empty.nodeGrowth}); helpers ${leak.real.helpers} |`,
  );
  lines.push('');
  lines.push(
    `Panel open after the click: ${panelMs} ms (median of 20). Popup first contentful paint: ${popup.fcp} ms;`,
  );
  lines.push(
    `its heading in the frame at ${popup.heading} ms; a bare extension page paints at ${popup.bareFcp} ms (medians of 20).`,
  );
  lines.push('');
  lines.push('| Entrypoint | Size | Gzipped |');
  lines.push('| --- | --- | --- |');
  for (const b of bundles) lines.push(`| ${b.entry} | ${b.kb} KB | ${b.gzKb} KB |`);
  return lines.join('\n');
}

async function main() {
  // Every part loads a build (the empty extensions copy the release build's matches).
  for (const dir of [RELEASE, E2E]) {
    if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: npm run bench builds it`);
  }
  if (process.env.BENCH_ONLY === 'popup') {
    const { panel, popup } = await panelAndPopup(realExtension());
    console.log({
      panelMs: round2(median(panel)),
      popupFcp: round2(median(popup.fcp)),
      heading: round2(median(popup.heading)),
      bareFcp: round2(median(popup.bareFcp)),
    });
    return;
  }
  if (process.env.BENCH_ONLY === 'nav') {
    // Single-page navigation and scrolling alone, with more rounds than the full run gives them.
    // BENCH_VS adds another build beside it, as for the page loads.
    const variants = { empty: emptyExtension('empty-a'), real: realExtension() };
    if (process.env.BENCH_VS) variants.vs = process.env.BENCH_VS;
    const ns = await navigationAndScroll(variants, Number(process.env.BENCH_ROUNDS ?? 30));
    const rows = {
      'navigation, this − empty (ms per step)': paired(ns.real.nav, ns.empty.nav),
      'scrolling, this − empty (ms per step)': paired(ns.real.scroll, ns.empty.scroll),
    };
    if (variants.vs) {
      rows['navigation, vs − empty'] = paired(ns.vs.nav, ns.empty.nav);
      rows['navigation, vs − this'] = paired(ns.vs.nav, ns.real.nav);
    }
    console.log({ ...rows, helpersAfter: Math.max(...ns.helpersAfter) });
    return;
  }
  if (process.env.BENCH_ONLY === 'leaks') {
    console.log(await leaks({ empty: emptyExtension('empty-a'), real: realExtension() }));
    return;
  }
  if (process.env.BENCH_ONLY === 'loads') {
    // The page loads alone, for work on the content script; BENCH_VS adds another build beside it.
    const variants = { empty: emptyExtension('empty-a'), real: realExtension() };
    if (process.env.BENCH_VS) variants.vs = process.env.BENCH_VS;
    const samples = await pageLoads(variants);
    const all = (v) => SUPPORTED.flatMap((s) => samples[`${s.key}/${v}`].map((x) => x.mainMs));
    const rows = { 'this − empty': paired(all('real'), all('empty')) };
    if (variants.vs) {
      rows['vs − empty'] = paired(all('vs'), all('empty'));
      rows['vs − this'] = paired(all('vs'), all('real'));
    }
    console.log(rows);
    return;
  }
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  const realDir = realExtension();
  const variants = {
    none: undefined,
    empty: emptyExtension('empty-a'),
    empty2: emptyExtension('empty-b'),
    real: realDir,
  };
  const started = Date.now();
  // Each section's samples are saved as soon as it ends, so a later failure loses only its own.
  const partial = {};
  const keep = (name, value) => {
    partial[name] = value;
    writeFileSync(path.join(ROOT, 'bench-results/bench.partial.json'), `${JSON.stringify(partial, null, 2)}\n`);
    return value;
  };
  const samples = keep('samples', await pageLoads(variants));
  const col = (site, v, key) => samples[`${site}/${v}`].map((s) => s[key]);
  const loads = {};
  for (const site of SITES) {
    loads[site.key] = {
      main: paired(col(site.key, 'real', 'mainMs'), col(site.key, 'empty', 'mainMs')),
      aa: paired(col(site.key, 'empty2', 'mainMs'), col(site.key, 'empty', 'mainMs')),
      mainVsNone: paired(col(site.key, 'real', 'mainMs'), col(site.key, 'none', 'mainMs')),
      longTasks: paired(col(site.key, 'real', 'longTasks'), col(site.key, 'empty', 'longTasks')),
      nodes: paired(col(site.key, 'real', 'nodes'), col(site.key, 'empty', 'nodes')),
      heap: paired(col(site.key, 'real', 'heapMb'), col(site.key, 'empty', 'heapMb')),
    };
  }
  // All supported pages together: the number the budget is about.
  const all = (v, key) => SUPPORTED.flatMap((s) => col(s.key, v, key));
  const supported = {
    main: paired(all('real', 'mainMs'), all('empty', 'mainMs')),
    aa: paired(all('empty2', 'mainMs'), all('empty', 'mainMs')),
  };
  console.log('  single-page navigation and scrolling…');
  const ns = keep('navSamples', await navigationAndScroll(variants));
  const nav = {
    nav: paired(ns.real.nav, ns.empty.nav),
    scroll: paired(ns.real.scroll, ns.empty.scroll),
    helpers: Math.max(...ns.helpersAfter),
  };
  console.log('  200 navigations…');
  const leak = keep('leak', await leaks(variants));
  console.log('  panel and popup…');
  const { panel, popup } = await panelAndPopup(realDir);
  const probe = await launch(undefined);
  const browserVersion = await (
    await probe.newPage()
  ).evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1]);
  await probe.close();
  const result = {
    date: new Date().toISOString(),
    minutes: round2((Date.now() - started) / 60000),
    browser: browserVersion,
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`,
    rounds: ROUNDS,
    posts: POSTS,
    loads,
    supported,
    nav,
    leak,
    panelMs: round2(median(panel)),
    popup: {
      fcp: round2(median(popup.fcp)),
      heading: round2(median(popup.heading)),
      bareFcp: round2(median(popup.bareFcp)),
    },
    bundles: bundleSizes(),
    samples,
    navSamples: ns,
    panelSamples: panel,
    popupSamples: popup,
  };
  const md = table(result);
  writeFileSync(path.join(ROOT, 'bench-results/bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(ROOT, 'bench-results/bench.md'), `${md}\n`);
  rmSync(path.join(ROOT, 'bench-results/bench.partial.json'), { force: true });
  console.log(`\n${md}\n`);
  console.log(
    `All supported pages: this − empty ${supported.main.median} ms (95% ${supported.main.low}…${supported.main.high}); ` +
      `A/A ${supported.aa.median} ms (95% ${supported.aa.low}…${supported.aa.high}). Bars: 4 ms, no new long task, ` +
      'one node, 0.5 MB heap, 1 ms per step, flat after 200 navigations, 15 KB gzipped, panel 100 ms, popup 150 ms.',
  );
  console.log(`(${result.minutes} minutes)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
