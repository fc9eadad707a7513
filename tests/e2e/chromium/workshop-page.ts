import type { Page } from '@playwright/test';

/**
 * Opens workshop mode at a window size (1280x800 unless told) and waits until its helper is in the
 * page. The size is set first: set after, a test's own size would be replaced by this one.
 */
export async function openWorkshop(
  page: Page,
  extensionId: string,
  { query = 'lang=en', width = 1280, height = 800 } = {},
): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${extensionId}/workshop.html?${query}`);
  await page.locator('main:not([aria-busy])').waitFor();
  await page.locator('make-it-safe-helper').waitFor({ state: 'attached' });
}
