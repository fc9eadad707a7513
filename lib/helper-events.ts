/**
 * The one message the background sends to the helpers on open pages: "the settings (or the
 * progress) changed, ask again". It carries nothing, so a helper that gets it can only do what it would do anyway. Kept
 * apart from messages.ts so the content script does not bundle zod for a single string compare.
 */
export const SETTINGS_CHANGED = 'helper:settingsChanged';

export interface SettingsChanged {
  type: typeof SETTINGS_CHANGED;
}

export function isSettingsChanged(message: unknown): message is SettingsChanged {
  return (
    typeof message === 'object' &&
    message !== null &&
    Object.keys(message).length === 1 &&
    (message as { type?: unknown }).type === SETTINGS_CHANGED
  );
}
