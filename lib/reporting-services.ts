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
    id: 'takeItDown',
    name: 'Take It Down',
    kind: 'imageRemoval',
    url: 'https://takeitdown.ncmec.org/',
    countries: 'all',
    source: { url: 'https://takeitdown.ncmec.org/faq/', checked: CHECKED },
  },
  {
    // The IWF's own page about the tool, which sends young people on to Childline's form; the
    // form's address on childline.org.uk was seen only in third-party material.
    id: 'reportRemove',
    name: 'Report Remove',
    kind: 'imageRemoval',
    url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
    countries: ['GB'],
    source: { url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove', checked: CHECKED },
  },
  {
    id: 'cyberTipline',
    name: 'CyberTipline (NCMEC)',
    kind: 'illegalContent',
    url: 'https://report.cybertip.org/',
    countries: ['US'],
    source: { url: 'https://report.cybertip.org/faqs', checked: CHECKED },
  },
  {
    // Takes reports of child sexual abuse imagery hosted anywhere in the world, anonymously: the
    // fallback wherever no national hotline is listed, and the UK's own hotline.
    id: 'iwfReport',
    name: 'Internet Watch Foundation',
    kind: 'illegalContent',
    url: 'https://www.iwf.org.uk/report',
    countries: 'all',
    source: { url: 'https://www.iwf.org.uk/report', checked: CHECKED },
  },
  {
    id: 'pointDeContact',
    name: 'Point de Contact',
    kind: 'illegalContent',
    url: 'https://www.pointdecontact.net/',
    countries: ['FR'],
    source: { url: 'https://www.pointdecontact.net/', checked: CHECKED },
  },
  {
    // The police's own portal (PHAROS); service-public.gouv.fr names it for illegal content.
    id: 'pharos',
    name: 'PHAROS – internet-signalement.gouv.fr',
    kind: 'illegalContent',
    url: 'https://www.internet-signalement.gouv.fr/',
    countries: ['FR'],
    source: { url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/R17674', checked: CHECKED },
  },
  {
    id: 'meldpuntKinderporno',
    name: 'Meldpunt Kinderporno (Offlimits)',
    kind: 'illegalContent',
    url: 'https://meldpunt-kinderporno.nl/',
    countries: ['NL'],
    source: { url: 'https://meldpunt-kinderporno.nl/faq', checked: CHECKED },
  },
  {
    id: 'internetBeschwerdestelle',
    name: 'internet-beschwerdestelle.de',
    kind: 'illegalContent',
    url: 'https://www.internet-beschwerdestelle.de/',
    countries: ['DE'],
    source: { url: 'https://www.internet-beschwerdestelle.de/de/index.html', checked: CHECKED },
  },
  {
    id: 'stopline',
    name: 'Stopline',
    kind: 'illegalContent',
    url: 'https://www.stopline.at/melden',
    countries: ['AT'],
    source: { url: 'https://stopline.at/index.php/de/ueber-stopline/wer-ist-stopline', checked: CHECKED },
  },
  {
    // Its address as given by its operator, Kinderschutz Schweiz; clickandstop.ch's own pages were not stored.
    id: 'clickAndStop',
    name: 'clickandstop.ch',
    kind: 'illegalContent',
    url: 'https://www.clickandstop.ch/',
    countries: ['CH'],
    source: { url: 'https://www.kinderschutz.ch/angebote/praeventionsangebote/clickandstop', checked: CHECKED },
  },
  {
    id: 'escAbuz',
    name: 'esc_ABUZ (Salvați Copiii)',
    kind: 'illegalContent',
    url: 'https://www.oradenet.ro/en/esc-abuz/',
    countries: ['RO'],
    source: { url: 'https://www.oradenet.ro/en/esc-abuz/', checked: CHECKED },
  },
  {
    id: 'cnzdHotline',
    name: 'Centar za nestalu i zlostavljanu djecu – hotline',
    kind: 'illegalContent',
    url: 'https://cnzd.org/hotline-hr',
    countries: ['HR'],
    source: { url: 'https://cnzd.org/hotline-hr', checked: CHECKED },
  },
  {
    id: 'netPatrola',
    name: 'Net Patrola',
    kind: 'illegalContent',
    url: 'https://netpatrola.rs/',
    countries: ['RS'],
    source: { url: 'https://netpatrola.rs/o-nama/', checked: CHECKED },
  },
  {
    // Named by Turkey's Safer Internet Centre (internetyardim.org.tr, run by the regulator BTK).
    id: 'ihbarWeb',
    name: 'İhbarWeb',
    kind: 'illegalContent',
    url: 'https://www.ihbarweb.org.tr/',
    countries: ['TR'],
    source: { url: 'https://www.internetyardim.org.tr/internette-yasadisi-icerikler', checked: CHECKED },
  },
  {
    id: 'cybercrimeIndia',
    name: 'National Cyber Crime Reporting Portal',
    kind: 'illegalContent',
    url: 'https://cybercrime.gov.in/',
    countries: ['IN'],
    source: { url: 'https://cybercrime.gov.in/Accept.aspx', checked: CHECKED },
  },
  {
    id: 'childFocusReport',
    name: 'Child Focus',
    kind: 'illegalContent',
    url: 'https://childfocus.be/en/report-child-pornography',
    countries: ['BE'],
    source: { url: 'https://childfocus.be/en/report-child-pornography', checked: CHECKED },
  },
];

/** The services of these kinds that serve `country`, the country's own before the worldwide ones. */
export function servicesFor(kinds: readonly ServiceKind[], country: string | undefined): ReportingService[] {
  const serves = (s: ReportingService) =>
    s.countries !== 'all' && country !== undefined && s.countries.includes(country);
  const matching = SERVICES.filter((s) => kinds.includes(s.kind));
  return [...matching.filter(serves), ...matching.filter((s) => s.countries === 'all')];
}
