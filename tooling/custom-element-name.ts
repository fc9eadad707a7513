/**
 * Stands in for `is-potential-custom-element-name`, which WXT's shadow-root UI uses only to check
 * the host element's name before creating it. The package compiles a regular expression covering
 * every Unicode range the HTML standard allows, on every page load of the content script; the
 * only name ever passed here is this project's own ASCII constant, so the ASCII part of the same
 * production is checked instead (lower-case letter first, a hyphen somewhere, then the standard's
 * ASCII name characters).
 */
export default function isPotentialCustomElementName(name: string): boolean {
  return /^[a-z][-.0-9_a-z]*-[-.0-9_a-z]*$/.test(name);
}
