import { describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { startFromYoutubeFamily } from './saving-failures';
import { App, load } from '@/entrypoints/popup/App';
import { PLATFORMS, platformById } from '@/lib/platforms/registry';
import { guidesFor, topicsFor } from '@/lib/popup-topics';

describe('the questions the popup offers for a site', () => {
  it('are only those the site has guides for', () => {
    expect(topicsFor([{ topic: 'block' }, { topic: 'report' }])).toEqual(['block', 'report']);
    // Restrict and mute answer "block" where the site has no blocking guide.
    expect(topicsFor([{ topic: 'limit' }, { topic: 'privacy' }])).toEqual(['block', 'privacy']);
    expect(guidesFor([{ topic: 'limit' }, { topic: 'block' }, { topic: 'report' }], 'block')).toHaveLength(2);
    expect(topicsFor(platformById('snapchat')!.guides)).not.toContain('privacy');
  });

  startFromYoutubeFamily();

  // Drawn as a person sees it: every question the popup shows on each site opens a screen of guides.
  it.each(PLATFORMS.map((p) => [p.id, p] as const))(
    '%s: every question offered opens at least one guide',
    async (_id, platform) => {
      history.replaceState(null, '', `/popup.html?tabUrl=${encodeURIComponent(`https://${platform.hostnames[0]}/`)}`);
      const root = document.createElement('div');
      document.body.append(root);
      render(h(App, { loading: load() }), root);
      await vi.waitFor(() => expect(root.querySelector('button[data-action="help"]')).not.toBeNull(), {
        timeout: 5000,
      });
      // The site's questions, the first in the list; "get help now" and the pages' buttons follow.
      const offered = [...root.querySelectorAll<HTMLButtonElement>('button.action')]
        .map((b) => b.getAttribute('data-action')!)
        .filter((action) => ['block', 'report', 'privacy'].includes(action));
      expect(offered).toEqual(topicsFor(platform.guides));
      expect(offered.length).toBeGreaterThan(0);
      for (const topic of offered) {
        root.querySelector<HTMLButtonElement>(`button[data-action="${topic}"]`)!.click();
        await vi.waitFor(() => expect(root.querySelectorAll('section[data-guide]').length).toBeGreaterThan(0));
        root.querySelector<HTMLButtonElement>('button.back, [data-action="back"]')!.click();
        await vi.waitFor(() => expect(root.querySelector(`button[data-action="${topic}"]`)).not.toBeNull());
      }
      render(null, root);
    },
  );
});
