import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';
import { hashPin } from '@/lib/pin';
import { DEFAULT_SETTINGS, NO_PIN, pinItem, settingsItem } from '@/lib/storage';
import { Welcome, load } from '@/entrypoints/welcome/Welcome';

// The PIN's hashing, held until a test lets it go (it is slow on purpose in the real page).
const hashing = vi.hoisted(() => ({ hold: false, release: () => undefined as void }));
vi.mock('@/lib/pin', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/pin')>();
  return {
    ...real,
    hashPin: async (pin: string) => {
      if (hashing.hold) await new Promise<void>((resolve) => (hashing.release = resolve));
      return real.hashPin(pin);
    },
  };
});

let assign: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  hashing.hold = false;
  assign = vi.spyOn(location, 'assign').mockImplementation(() => undefined);
});
afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function openFirstRun(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(Welcome, { loading: load() }), root);
  await vi.waitFor(() => expect(root.querySelector('[data-action="finish"]')).not.toBeNull(), { timeout: 5000 });
  return root;
}

/** Types a new PIN and presses Finish; the PIN's hashing is held until `hashing.release()`. */
async function finishWithPinHashing(root: HTMLElement): Promise<void> {
  root.querySelector<HTMLInputElement>('input[name="pin"]')!.value = '2468';
  root.querySelector<HTMLInputElement>('input[name="repeat"]')!.value = '2468';
  hashing.hold = true;
  root.querySelector<HTMLButtonElement>('[data-action="finish"]')!.click();
  await vi.waitFor(() => expect(root.querySelector<HTMLButtonElement>('[data-action="finish"]')!.disabled).toBe(true));
}

describe('the first run', () => {
  it("asks for no PIN when the role is the administrator's, which it does not write", async () => {
    await settingsItem.set({ ...DEFAULT_SETTINGS, role: 'parent', setupDone: true });
    await pinItem.set({ record: await hashPin('1357'), lock: NO_PIN.lock });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ role: 'child' } as never);
    const root = await openFirstRun();
    root.querySelector<HTMLButtonElement>('[data-action="finish"]')!.click();
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith(expect.stringMatching(/options\.html\?welcome=1$/)));
    expect(root.querySelector<HTMLDialogElement>('[data-testid="pin-dialog"]')?.open ?? false).toBe(false);
    expect((await settingsItem.get()).role).toBe('parent');
  });

  it('marks the setup done only once the new PIN is hashed, so a tab closed meanwhile leaves the reminder', async () => {
    await settingsItem.set({ ...DEFAULT_SETTINGS, setupDone: false });
    const root = await openFirstRun();
    await finishWithPinHashing(root);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await settingsItem.get()).setupDone).toBe(false);
    hashing.release();
    await vi.waitFor(() => expect(assign).toHaveBeenCalled(), { timeout: 5000 });
    expect((await settingsItem.get()).setupDone).toBe(true);
    expect((await pinItem.get()).record).not.toBeUndefined();
  });

  it('writes back only what was chosen on it: a change made elsewhere during the hashing stays', async () => {
    await settingsItem.set({ ...DEFAULT_SETTINGS, country: 'DE', platforms: ['youtube'], setupDone: false });
    const root = await openFirstRun();
    await finishWithPinHashing(root);
    // A parent chooses the country and the sites in the dashboard meanwhile.
    await settingsItem.set({ ...(await settingsItem.get()), country: 'FR', platforms: ['tiktok'] });
    hashing.release();
    await vi.waitFor(() => expect(assign).toHaveBeenCalled(), { timeout: 5000 });
    expect(await settingsItem.get()).toMatchObject({ country: 'FR', platforms: ['tiktok'], setupDone: true });
  });

  it('says the same PIN problem again as a new alert at each Finish, so a screen reader reads it again', async () => {
    const root = await openFirstRun();
    const finishWith = (pin: string, repeat: string) => {
      root.querySelector<HTMLInputElement>('input[name="pin"]')!.value = pin;
      root.querySelector<HTMLInputElement>('input[name="repeat"]')!.value = repeat;
      root.querySelector<HTMLButtonElement>('[data-action="finish"]')!.click();
    };
    const alert = () => root.querySelector('#welcome-pin-problem')!;
    finishWith('2468', '2469');
    await vi.waitFor(() => expect(alert().textContent).not.toBe(''));
    const first = alert();
    const said = first.textContent;
    finishWith('2468', '2460');
    await vi.waitFor(() => expect(alert()).not.toBe(first));
    expect(alert().textContent).toBe(said);
    expect(assign).not.toHaveBeenCalled();
  });
});
