/**
 * The per-site "off" lists (the helper, the privacy reminder): turning a site on takes it out of
 * the list, turning it off adds it once.
 */
export function withSiteOn(offSites: readonly string[], siteId: string, on: boolean): string[] {
  return on ? offSites.filter((id) => id !== siteId) : [...new Set([...offSites, siteId])];
}

/** The settings with the in-page helper turned on or off on one site. */
export function withHelperOn<S extends { helper: { offSites: string[] } }>(
  settings: S,
  siteId: string,
  on: boolean,
): S {
  return { ...settings, helper: { ...settings.helper, offSites: withSiteOn(settings.helper.offSites, siteId, on) } };
}
