import { promptsItem, settingsItem, type Prompts, type Settings } from '@/lib/storage';
import type { PromptChange } from './PromptSettings';

/** What a page shows of the stored values it saves here. */
interface Shown {
  settings: Settings;
  prompts: Prompts;
}

/**
 * How the popup and the dashboard save a setting. The change is shown at once and kept until saved:
 * a control is drawn from the page's state, so a redraw before the save ended (a tick saved a
 * moment before, say) put the old value back, a language list included. Then the screen follows
 * storage again, whether the save succeeded or storage refused it: the value saved, or the one still
 * stored. `saving` counts the saves under way, for the page's refresh: one made meanwhile may not
 * have them yet, and leaves the screen to the save's own refresh.
 */
export function settingsSaver<S extends Shown>(page: {
  saving: { current: number };
  show: (change: (s: S) => S) => void;
  /** Whether the save went through; a page says so where it shows its messages. */
  saved: (ok: boolean) => void;
  refresh: () => Promise<void>;
}) {
  const saveWith = async (show: (s: S) => S, save: () => Promise<unknown>) => {
    let ok = true;
    page.saving.current += 1;
    try {
      page.show(show);
      await save();
    } catch {
      ok = false;
    } finally {
      page.saving.current -= 1;
    }
    page.saved(ok);
    await page.refresh().catch((error: unknown) => console.error('[Make-IT-Safe] settings not read', error));
  };
  return {
    saveSettings: (change: (s: Settings) => Settings) =>
      saveWith(
        (s) => ({ ...s, settings: change(s.settings) }),
        () => settingsItem.update(change),
      ),
    savePrompts: (change: PromptChange) =>
      saveWith(
        (s) => ({ ...s, prompts: change(s.prompts) }),
        () => promptsItem.update(change),
      ),
  };
}
