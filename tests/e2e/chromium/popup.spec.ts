import { test, expect, setStorage, getStorage, ClosedHelper } from './fixtures';
import { instagram } from '../../../lib/platforms/instagram';

const NATIVE_NAMES = [
  'English', 'Français', 'Nederlands', 'Deutsch', 'Srpskohrvatski', 'العربية', 'Türkçe', 'Română',
  'Русский', 'বাংলা', 'हिन्दी', 'ਪੰਜਾਬੀ', 'اردو', 'Tiếng Việt',
];

test.describe('the popup', () => {
  test('on a site it does not support, says so and still offers help', async ({ openPopup }) => {
    const popup = await openPopup('https://example.org/');
    await expect(popup.getByRole('heading', { level: 1 })).toContainText('no step-by-step help for this site');
    await expect(popup.getByRole('button', { name: 'Block someone' })).toHaveCount(0);
    await expect(popup.getByRole('button', { name: 'Get help now' })).toBeVisible();
  });

  test('on Instagram offers block, report, privacy and help, each with its steps', async ({ openPopup }) => {
    const popup = await openPopup('https://www.instagram.com/someone/');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Make-IT-Safe can help you on Instagram.');
    for (const name of ['Block someone', 'Report something', 'Make my account private', 'Get help now']) {
      await expect(popup.getByRole('button', { name })).toBeVisible();
    }
    await popup.getByRole('button', { name: 'Block someone' }).click();
    await expect(popup.getByRole('heading', { name: 'Block an account' })).toBeVisible();
    await expect(popup.getByRole('link', { name: 'Official help page from Instagram' })).toHaveAttribute(
      'href',
      instagram.guides.find((g) => g.id === 'blockAccount')!.source.url,
    );
    // Focus goes to the new screen's heading.
    await expect(popup.getByRole('heading', { level: 1 })).toBeFocused();
    await popup.getByRole('button', { name: 'Back' }).click();
    await popup.getByRole('button', { name: 'Report something' }).click();
    for (const name of ['Report an account', 'Report a post', 'Report a message']) {
      await expect(popup.getByRole('heading', { name })).toBeVisible();
    }
    await popup.getByRole('button', { name: 'Back' }).click();
    await popup.getByRole('button', { name: 'Make my account private' }).click();
    await expect(popup.getByRole('link', { name: 'Open this setting on Instagram' })).toHaveAttribute(
      'href',
      'https://www.instagram.com/accounts/who_can_see_your_content/',
    );
  });

  test('gets help for the chosen country, and says so where no line is checked', async ({ openPopup }) => {
    const popup = await openPopup('https://www.instagram.com/');
    await popup.getByTestId('country').selectOption('FR');
    await popup.getByRole('button', { name: 'Get help now' }).click();
    await expect(popup.getByRole('heading', { name: 'Get help now', level: 1 })).toBeFocused();
    await expect(popup.getByRole('link', { name: 'Call 119' })).toHaveAttribute('href', 'tel:119');
    await expect(popup.getByText('Never forward sexual images')).toBeVisible();
    await popup.getByTestId('country').selectOption('US');
    await expect(popup.getByText('We do not have a checked helpline for this country yet.')).toBeVisible();
    await expect(popup.getByRole('link', { name: /^Call / })).toHaveCount(0);
  });

  test('lists every language by its own name and switches, right to left for Arabic', async ({ openPopup }) => {
    const popup = await openPopup('https://www.instagram.com/');
    const picker = popup.getByTestId('language');
    await expect(picker.locator('option')).toHaveText(NATIVE_NAMES);
    await picker.selectOption('ar');
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(popup.getByRole('button', { name: 'Block someone' })).toHaveCount(0);
    // Mirrored, not just aligned: the checkbox sits to the right of its label.
    const box = (await popup.locator('.checklist input').first().boundingBox())!;
    const label = (await popup.locator('.checklist label').first().boundingBox())!;
    expect(box.x).toBeGreaterThan(label.x);
    await picker.selectOption('hi');
    await expect(popup.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'hi');
  });

  test('a language chosen in the popup applies to the helper at once', async ({ openSite, openPopup }) => {
    const site = await openSite('/');
    const helper = await ClosedHelper.on(site);
    await helper.click('button', 'Open Make-IT-Safe help');
    await expect.poll(() => helper.text()).toContain('Block an account');
    const popup = await openPopup('https://www.instagram.com/');
    await popup.getByTestId('language').selectOption('de');
    await expect.poll(() => helper.attributes('div', 'lang')).toContain('de');
    await expect.poll(() => helper.text()).not.toContain('Block an account');
  });

  test('remembers checklist progress', async ({ openPopup }) => {
    const popup = await openPopup('https://www.instagram.com/');
    await expect(popup.getByTestId('checklist-progress')).toHaveText('0 of 3 done');
    await popup.getByRole('checkbox', { name: 'My account is private' }).check();
    await expect(popup.getByTestId('checklist-progress')).toHaveText('1 of 3 done');
    await popup.reload();
    await expect(popup.getByRole('checkbox', { name: 'My account is private' })).toBeChecked();
    await expect(popup.getByTestId('checklist-progress')).toHaveText('1 of 3 done');
    await popup.getByRole('checkbox', { name: 'My account is private' }).uncheck();
    await popup.reload();
    await expect(popup.getByTestId('checklist-progress')).toHaveText('0 of 3 done');
  });

  test('repairs damaged settings, keeps them aside and says so', async ({ background, openPopup }) => {
    const damaged = { language: 'klingon', country: 'FR', helper: 'big' };
    await setStorage(background, { settings: damaged, settings$: { v: 2 }, progress: { instagram: { privateAccount: { doneAt: '2026-11-01T10:00:00.000Z' } } } });
    const popup = await openPopup('https://www.instagram.com/');
    await expect(popup.getByTestId('storage-notice')).toContainText('kept a copy');
    // The valid parts survive: the country and the progress.
    await expect(popup.getByTestId('country')).toHaveValue('FR');
    await expect(popup.getByTestId('checklist-progress')).toHaveText('1 of 3 done');
    const stored = await getStorage(background);
    expect((stored['quarantine'] as { value: unknown }[])[0]!.value).toEqual(damaged);
    await popup.getByRole('button', { name: 'OK, got it' }).click();
    await expect(popup.getByTestId('storage-notice')).toHaveCount(0);
    await popup.reload();
    await expect(popup.getByTestId('storage-notice')).toHaveCount(0);
    expect(((await getStorage(background))['quarantine'] as unknown[]).length).toBe(1);
  });

  test('can see the address of a supported tab, and of no other', async ({ context, openSite, background }) => {
    // The popup finds its site with tabs.query; without the "tabs" permission the browser shows
    // it only the addresses of the supported sites, which is all it needs.
    await openSite('/someone/');
    const other = await context.newPage();
    await other.route('https://example.org/**', (route) => route.fulfill({ body: '<title>x</title>', contentType: 'text/html' }));
    await other.goto('https://example.org/private');
    const urls = await background.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } } }).chrome.tabs.query({});
      return tabs.map((t) => t.url ?? null);
    });
    expect(urls).toContain('https://www.instagram.com/someone/');
    expect(urls.filter((u) => u?.includes('example.org'))).toEqual([]);
  });
});

test.describe('with the browser in French', () => {
  test.use({ browserLocale: 'fr-FR' });

  test('the popup follows the browser, and an unknown stored language falls back to it', async ({ background, openPopup }) => {
    await setStorage(background, { settings: { language: 'xx', country: 'auto', helper: { minimized: false } }, settings$: { v: 2 } });
    const popup = await openPopup('https://www.instagram.com/');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(popup.getByTestId('language')).toHaveValue('fr');
  });
});

test.describe('with the browser in Croatian', () => {
  test.use({ browserLocale: 'hr-HR' });

  test('Serbo-Croatian is the default, and the country comes from the browser', async ({ openPopup }) => {
    const popup = await openPopup('https://www.instagram.com/');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'sh');
    await expect(popup.getByTestId('country')).toHaveValue('HR');
  });
});
