import type { ComponentChildren } from 'preact';
import { BROCHURE_SECTIONS, BROCHURE_SOURCES, type SectionId } from '@/lib/brochure';
import type { Language } from '@/lib/languages';
import type { Helpline } from '@/lib/helplines';
import type { Translate } from '@/lib/helper-view';
import { isNumberOnly } from '@/lib/bidi';

/** Everything one language part needs: its words, and marks so it reads and mirrors right. */
export interface Part {
  language: Language;
  t: Translate;
  countryName?: string;
  /** The family said its country is not in the list (no helplines), rather than choosing none yet. */
  notListed?: boolean;
  helplines: readonly Helpline[];
}

function Marked(props: { part: Part; class?: string; children: ComponentChildren }) {
  const { language } = props.part;
  return (
    <div
      class={props.class}
      lang={language.tag}
      dir={language.dir}
      style={{ fontFamily: language.fontStack, lineHeight: String(language.printLineHeight ?? language.lineHeight) }}
    >
      {props.children}
    </div>
  );
}

export function Heading(props: { part: Part; level: 1 | 2 }) {
  const { t } = props.part;
  return (
    <Marked part={props.part} class="masthead">
      {props.level === 1 ? <h1>{t('brochure:title')}</h1> : <p class="title-2">{t('brochure:title')}</p>}
      <p class="subtitle">{t('brochure:subtitle')}</p>
      <p class="intro">{t('brochure:intro')}</p>
    </Marked>
  );
}

export function Section(props: { part: Part; id: SectionId }) {
  const { t } = props.part;
  const section = BROCHURE_SECTIONS.find((s) => s.id === props.id)!;
  const headingId = `${props.part.language.code}-${section.id}`;
  return (
    <Marked part={props.part} class="section">
      <section aria-labelledby={headingId} data-section={section.id}>
        <h2 id={headingId}>{t(`brochure:sections.${section.id}.title`)}</h2>
        <ul>
          {section.points.map((point) => (
            <li key={point}>{t(`brochure:sections.${section.id}.points.${point}`)}</li>
          ))}
        </ul>
      </section>
    </Marked>
  );
}

/** Where to get help: the chosen country's checked helplines, numbers and addresses written out for paper. */
export function Helplines(props: { part: Part }) {
  const { t, helplines, countryName, notListed } = props.part;
  const headingId = `${props.part.language.code}-help`;
  return (
    <Marked part={props.part} class="section help">
      <section aria-labelledby={headingId} data-section="helplines">
        <h2 id={headingId}>{t('brochure:helplines.title')}</h2>
        {!countryName ? (
          <p>{t(notListed ? 'brochure:helplines.notListed' : 'brochure:helplines.choose')}</p>
        ) : (
          <>
            <p class="country">{t('brochure:helplines.country', { country: countryName })}</p>
            {helplines.length === 0 ? (
              <p>{t('brochure:helplines.none')}</p>
            ) : (
              <ul class="lines">
                {helplines.map((line) => (
                  <li key={line.id}>
                    {/* Some names are the number itself ("116 000"); the number is always written once, in bold. */}
                    {/* Numbers stay left to right inside Arabic or Urdu ("116 000", not "000 116"). */}
                    {line.name.includes(line.number) ? (
                      <strong>
                        <bdi dir={isNumberOnly(line.name) ? 'ltr' : undefined}>{line.name}</bdi>
                      </strong>
                    ) : (
                      <>
                        <strong>
                          <bdi>{line.name}</bdi>
                        </strong>{' '}
                        <bdi class="number" dir="ltr">
                          {line.number}
                        </bdi>
                      </>
                    )}
                    {line.url && (
                      <>
                        {' '}
                        <bdi class="url">{line.url.replace(/^https:\/\//, '')}</bdi>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </Marked>
  );
}

export function Sources(props: { part: Part }) {
  const { t } = props.part;
  const headingId = `${props.part.language.code}-sources`;
  return (
    <Marked part={props.part} class="section sources">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('brochure:sources.title')}</h2>
        <ul>
          {BROCHURE_SOURCES.map((id) => (
            <li key={id}>{t(`brochure:sources.${id}`)}</li>
          ))}
        </ul>
      </section>
    </Marked>
  );
}
