import * as z from 'zod/mini';
import type { ServiceKind } from './get-help';
import { checkedSourceSchema, countryCode } from './helplines';

/**
 * Services that take reports the platforms alone cannot handle: getting a sexual image of a child
 * taken down, and reporting child sexual abuse material to a national hotline. Data, not words: what
 * each one does is in locales/<lang>/help.json under `services.<id>`. Only addresses seen on the
 * operator's own pages are listed (docs/sources.md); a look-alike address would send a child to a scam.
 */

export const serviceSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  /** The operator's own name for the service; not translated. */
  name: z.string().check(z.minLength(1)),
  kind: z.enum(['imageRemoval', 'illegalContent']),
  url: z.url({ protocol: /^https$/ }),
  /** ISO 3166-1 alpha-2 codes of the countries it serves, or every country. */
  countries: z.union([z.literal('all'), z.array(countryCode).check(z.minLength(1))]),
  source: checkedSourceSchema,
});
export type ReportingService = z.infer<typeof serviceSchema>;

const CHECKED = '2026-11-23';

export const SERVICES: readonly ReportingService[] = [
  {
    // For images taken before the person turned 18, wherever they live (the FAQ says so). Never
    // the look-alike takeitdown.help.
    id: 'takeItDown', name: 'Take It Down', kind: 'imageRemoval', url: 'https://takeitdown.ncmec.org/', countries: 'all',
    source: { url: 'https://takeitdown.ncmec.org/faq/', checked: CHECKED },
  },
  {
    // The IWF's own page about the tool, which sends young people on to Childline's form; the
    // form's address on childline.org.uk was seen only in third-party material.
    id: 'reportRemove', name: 'Report Remove', kind: 'imageRemoval', url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove', countries: ['GB'],
    source: { url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove', checked: CHECKED },
  },
  {
    id: 'cyberTipline', name: 'CyberTipline (NCMEC)', kind: 'illegalContent', url: 'https://report.cybertip.org/', countries: ['US'],
    source: { url: 'https://report.cybertip.org/faqs', checked: CHECKED },
  },
  {
    id: 'childFocusReport', name: 'Child Focus', kind: 'illegalContent', url: 'https://childfocus.be/en/report-child-pornography', countries: ['BE'],
    source: { url: 'https://childfocus.be/en/report-child-pornography', checked: CHECKED },
  },
];

/** The services of these kinds that serve `country`, the country's own before the worldwide ones. */
export function servicesFor(kinds: readonly ServiceKind[], country: string | undefined): ReportingService[] {
  const serves = (s: ReportingService) => s.countries !== 'all' && country !== undefined && s.countries.includes(country);
  const matching = SERVICES.filter((s) => kinds.includes(s.kind));
  return [...matching.filter(serves), ...matching.filter((s) => s.countries === 'all')];
}

