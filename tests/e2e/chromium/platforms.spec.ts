import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, ClosedHelper } from './fixtures';
import { PLATFORMS } from '../../../lib/platforms/registry';
import { orderGuides } from '../../../lib/helper-view';
import { FIXTURES } from '../paths';
import type { SamplePaths } from '../sites';
import { WORDS_LEFT_OUT } from '../words-left-out';

const OPEN = 'Open Make-IT-Safe help';

function samplePaths(id: string): SamplePaths {
  return JSON.parse(readFileSync(path.join(FIXTURES, id, 'paths.json'), 'utf8')) as SamplePaths;
}

/**
 * Every supported platform, on each of its hostnames: the helper runs, shows that platform's guides
 * in the order for the page it is on, and links only official pages; the popup offers that
 * platform's checklists. The data and words themselves are checked by the unit tests.
 */
for (const platform of PLATFORMS) {
  test.describe(`${platform.name}`, () => {
    const paths = samplePaths(platform.id);

    // One test, one browser: starting a browser costs more than either check.
    test("the helper runs on every hostname and follows the page; the popup offers the site's checklists", async ({
      openSite,
      openPopup,
    }) => {
      for (const host of platform.hostnames) {
        const page = await openSite(paths.home ?? '/', { host });
        const helper = await ClosedHelper.on(page);
        await expect.poll(() => helper.hostCount(), { message: host }).toBe(1);
        await helper.click('button', OPEN);
        await expect.poll(() => helper.panelOpen(), { message: host }).toBe(true);
        expect(await helper.text()).toContain(`Stay safe on ${platform.name}`);
        await page.close();
      }
      // Each kind of page the platform tells apart, reached as the site does (without a reload).
      const page = await openSite(paths.home ?? '/', { host: platform.hostnames[0] });
      const helper = await ClosedHelper.on(page);
      await helper.click('button', OPEN);
      // The panel opens when its words come: a platform with no other kinds of page waits here.
      await expect.poll(() => helper.panelOpen()).toBe(true);
      const order = () => helper.attributes('section', 'data-guide');
      for (const kind of ['settings', 'profile', 'post', 'chat'] as const) {
        if (!paths[kind]) continue;
        await page.click(`#${kind}-link`);
        const expected = orderGuides(platform.guides, kind).map((g) => g.id);
        await expect.poll(order, { message: `${platform.id} ${kind} ${paths[kind]}`, timeout: 5000 }).toEqual(expected);
      }
      expect(await helper.hostCount()).toBe(1);
      const links = await helper.attributes('a', 'href');
      for (const guide of platform.guides) expect(links).toContain(guide.source.url);
      expect(links.every((l) => /^(https:|tel:)/.test(l))).toBe(true);

      // The popup offers the kids' and the parents' checklists.
      const popup = await openPopup(`https://${platform.hostnames[0]}/`);
      await expect(popup.getByRole('heading', { level: 1 })).toContainText(platform.name);
      const kids = platform.checklist.filter((i) => i.audience === 'kids');
      const parents = platform.checklist.filter((i) => i.audience === 'parents');
      await expect(popup.locator('[data-audience="kids"] > li')).toHaveCount(kids.length);
      await expect(popup.locator('[data-audience="parents"] > li')).toHaveCount(parents.length);
      await expect(popup.getByTestId('checklist-progress')).toHaveText(`0 of ${kids.length} done`);
      // Every item says how, where it comes from, and when that was checked.
      const first = popup.locator('[data-audience="kids"] > li').first();
      await first.locator('summary').click();
      await expect(first.locator('ol.mis-steps li').first()).toBeVisible();
      await expect(first.getByRole('link', { name: `Official help page from ${platform.name}` })).toHaveAttribute(
        'href',
        /^https:\/\//,
      );
      await expect(first).toContainText('Steps checked on');
      // No key or placeholder left showing.
      await expect(popup.locator('main')).not.toContainText(WORDS_LEFT_OUT);
    });
  });
}
