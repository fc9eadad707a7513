/**
 * Whether a YYYY-MM-DD string is a day that exists. Date.parse alone takes 2026-02-30 as 2 March,
 * so the date must read back the same.
 */
export function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
