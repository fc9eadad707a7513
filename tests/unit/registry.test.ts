import { describe, expect, it } from 'vitest';
import { ALL_MATCHES, PLATFORMS, pageKindFor, platformById, platformForUrl } from '@/lib/platforms/registry';
import { orderGuides } from '@/lib/helper-view';
import { CONTENT_MATCHES } from '@/lib/platforms/matches';
import { platformSchema } from '@/lib/platforms/schema';
import { instagram } from '@/lib/platforms/instagram';
import type { Guide } from '@/lib/platforms/types';

describe('platform registry', () => {
  it.each(PLATFORMS.map((p) => [p.id, p] as const))('%s is a valid platform file', (_id, platform) => {
    const result = platformSchema.safeParse(platform);
    expect(result.success, result.error?.message).toBe(true);
  });

  it('has unique ids and hostnames', () => {
    const ids = PLATFORMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hosts = PLATFORMS.flatMap((p) => p.hostnames);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  // The helper labels every source "Official help page from <site>", so a guide from a phone
  // company or a news site must not slip in (one did: a Reddit item rested on Vodafone's guide).
  // The platform's own domains, and its owner's where the owner keeps the help (Meta, Google, Snap).
  const OWN_DOMAINS: Record<string, readonly string[]> = {
    instagram: ['instagram.com', 'meta.com', 'facebook.com'],
    facebook: ['facebook.com', 'messenger.com', 'meta.com'],
    messenger: ['messenger.com', 'facebook.com', 'meta.com'],
    threads: ['threads.com', 'threads.net', 'instagram.com', 'meta.com', 'facebook.com'],
    whatsapp: ['whatsapp.com'],
    tiktok: ['tiktok.com'],
    snapchat: ['snapchat.com', 'snap.com'],
    youtube: ['youtube.com', 'google.com'],
    discord: ['discord.com'],
    roblox: ['roblox.com'],
    x: ['x.com', 'twitter.com'],
    twitch: ['twitch.tv'],
    reddit: ['reddit.com', 'reddithelp.com', 'reddit.zendesk.com'],
    telegram: ['telegram.org'],
    pinterest: ['pinterest.com'],
  };
  it.each(PLATFORMS.map((p) => [p.id, p] as const))("%s's sources are all on its own sites", (id, platform) => {
    const own = OWN_DOMAINS[id];
    expect(own, `no own domains listed for ${id}`).toBeDefined();
    const sources = [platform.minimumAge.source, ...platform.guides, ...platform.checklist].map((s) =>
      'url' in s ? s.url : s.source.url,
    );
    const foreign = sources.filter((url) => {
      const host = new URL(url).hostname;
      return !own!.some((d) => host === d || host.endsWith(`.${d}`));
    });
    expect(foreign).toEqual([]);
  });

  it('gives every step a source with the date it was checked', () => {
    for (const p of PLATFORMS) {
      for (const g of [...p.guides, ...p.checklist]) {
        expect(g.source.url).toMatch(/^https:\/\//);
        expect(g.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('puts every platform match pattern, and nothing broader, in the manifest list', () => {
    expect(ALL_MATCHES).toEqual(expect.arrayContaining(instagram.matches));
    expect(ALL_MATCHES).not.toContain('<all_urls>');
    for (const m of ALL_MATCHES) expect(m).not.toMatch(/\*:\/\/\*[./]/);
  });

  it('recognises a platform from an address', () => {
    expect(platformForUrl('https://www.instagram.com/')?.id).toBe('instagram');
    expect(platformForUrl('https://instagram.com/someone/')?.id).toBe('instagram');
    expect(platformForUrl('http://www.instagram.com:8080/accounts/')?.id).toBe('instagram');
    expect(platformForUrl('https://WWW.INSTAGRAM.COM/')?.id).toBe('instagram');
    expect(platformById('instagram')).toBe(instagram);
  });

  it.each([
    'https://instagram.com.evil.example/',
    'https://evilinstagram.com/',
    'https://help.instagram.com.attacker.net/',
    'chrome://extensions',
    'javascript:alert(1)',
    'file:///www.instagram.com/',
    'not a url',
    '',
    undefined,
  ])('does not treat %j as a supported site', (url) => {
    expect(platformForUrl(url)).toBeUndefined();
  });

  it('rejects a platform file with a bad source, an unlisted match or a dangling reference', () => {
    const bad = structuredClone(instagram);
    bad.guides[0]!.source.checked = '23/11/2026';
    bad.matches.push('*://evil.example/*');
    bad.checklist[0]!.guide = 'noSuchGuide';
    bad.settingsPages['elsewhere'] = 'https://elsewhere.example/settings';
    const result = platformSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/YYYY-MM-DD/);
    expect(messages).toMatch(/evil\.example is not a listed hostname/);
    expect(messages).toMatch(/unknown guide noSuchGuide/);
    expect(messages).toMatch(/not on the platform's hostnames/);
  });

  it('says plainly what is wrong with an impossible date, an http source and a pattern of the wrong shape', () => {
    const bad = structuredClone(instagram);
    bad.guides[0]!.source.checked = '2026-02-30';
    bad.guides[1]!.source.url = 'http://help.instagram.com/123';
    bad.matches.push('https://www.instagram.com/*');
    const result = platformSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('guides.0.source.checked: a real calendar date');
    expect(messages.find((m) => m.startsWith('guides.1.source.url'))).toMatch(/an https address/);
    expect(messages.find((m) => m.startsWith('matches.'))).toMatch(/a pattern like/);
    expect(messages.join('\n')).not.toMatch(/is not a listed hostname/);
    expect(platformSchema.safeParse(structuredClone(instagram)).success).toBe(true);
  });

  it('tells what kind of page an address is', () => {
    const kind = (path: string) => pageKindFor(instagram, `https://www.instagram.com${path}`);
    expect(kind('/accounts/who_can_see_your_content/')).toBe('settings');
    expect(kind('/accounts/edit/')).toBe('settings');
    expect(kind('/direct/inbox/')).toBe('chat');
    expect(kind('/p/C0ffee123/')).toBe('post');
    expect(kind('/reel/C0ffee123/')).toBe('post');
    expect(kind('/someone.else/')).toBe('profile');
    expect(kind('/someone_else')).toBe('profile');
    expect(kind('/')).toBeUndefined();
    expect(kind('/explore/')).toBeUndefined();
    expect(kind('/someone/tagged/')).toBeUndefined();
    expect(pageKindFor(instagram, 'not a url')).toBeUndefined();
    expect(pageKindFor(instagram, undefined)).toBeUndefined();
  });

  it("has the content script's match list in sync with the registry", () => {
    // Written out in lib/platforms/matches.ts so the content script need not bundle the registry.
    expect([...CONTENT_MATCHES]).toEqual(ALL_MATCHES);
  });

  it('puts the guides for the page first: settings steps on a settings page, block and report elsewhere', () => {
    const source = { url: 'https://help.example.com/', checked: '2026-11-23', status: 'official' as const };
    const guide = (id: string, topic: Guide['topic'], pages?: Guide['pages']): Guide => ({
      id,
      topic,
      steps: ['a'],
      after: false,
      source,
      ...(pages ? { pages } : {}),
    });
    // Deliberately out of order, as a data file may list them.
    const guides = [
      guide('makePrivate', 'privacy', ['settings']),
      guide('muteAccount', 'limit', ['profile']),
      guide('reportMessage', 'report', ['chat']),
      guide('reportPost', 'report', ['post']),
      guide('reportAccount', 'report', ['profile']),
      guide('blockAccount', 'block', ['profile', 'chat']),
    ];
    const ids = (kind?: Parameters<typeof orderGuides>[1]) => orderGuides(guides, kind).map((g) => g.id);
    expect(ids()).toEqual([
      'blockAccount',
      'reportMessage',
      'reportPost',
      'reportAccount',
      'muteAccount',
      'makePrivate',
    ]);
    expect(ids('settings')[0]).toBe('makePrivate');
    expect(ids('profile').slice(0, 3)).toEqual(['blockAccount', 'reportAccount', 'muteAccount']);
    expect(ids('post')[0]).toBe('reportPost');
    expect(ids('chat').slice(0, 2)).toEqual(['blockAccount', 'reportMessage']);
    // Nothing is dropped, whatever the page.
    for (const kind of ['settings', 'profile', 'post', 'chat'] as const) expect(ids(kind).sort()).toEqual(ids().sort());
  });

  it('rejects a page pattern that is not anchored or not a regular expression', () => {
    expect(platformSchema.safeParse({ ...instagram, pages: [{ kind: 'settings', path: 'accounts/' }] }).success).toBe(
      false,
    );
    expect(platformSchema.safeParse({ ...instagram, pages: [{ kind: 'settings', path: '^/(' }] }).success).toBe(false);
    expect(platformSchema.safeParse({ ...instagram, pages: [{ kind: 'lobby', path: '^/x' }] }).success).toBe(false);
  });
});
