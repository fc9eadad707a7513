import type { Plugin } from 'vite';

/**
 * For `--mode e2e`: WXT defines `process.env.NODE_ENV` as the mode in the scripts it builds one by
 * one (the content script, the background), which turns on development code such as WXT's logger (it checks the mode).
 * A plugin's config hook runs after WXT's settings are merged, so this one has the last word.
 */
export function e2eAsRelease(): Plugin {
  return {
    name: 'make-it-safe:e2e-as-release',
    config: () => ({
      define: {
        'process.env.NODE_ENV': JSON.stringify('production'),
        // WXT's logger checks the mode itself.
        'import.meta.env.MODE': JSON.stringify('production'),
      },
    }),
  };
}
