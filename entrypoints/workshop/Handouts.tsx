import { LanguageOptions, PlatformOptions } from '@/components/LanguagePicker';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LanguageCode } from '@/lib/languages';
import { PLATFORMS } from '@/lib/platforms/registry';
import type { Translate } from '@/lib/helper-view';

function LanguageSelect(props: {
  label: string;
  value: string;
  none?: string;
  testId: string;
  onChange: (value: string) => void;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <select
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.none !== undefined && <option value="">{props.none}</option>}
        <LanguageOptions />
      </select>
    </label>
  );
}

/**
 * Handouts to print at a workshop, in the families' languages: the parent brochure (one language or
 * two side by side, chosen further on its own page) and any platform's kids' checklist on one page.
 * Each opens in a tab of its own, with its print button.
 */
export function Handouts({ t, lang, country }: { t: Translate; lang: LanguageCode; country?: string }) {
  // The workshop's language until the presenter picks another here: a workshop switched to Arabic
  // prints for Arabic-speaking families unless told otherwise.
  const [brochurePick, setBrochureLang] = useState<string>();
  const [second, setSecond] = useState('');
  const [checklistPick, setChecklistLang] = useState<string>();
  const [site, setSite] = useState(PLATFORMS[0]!.id);
  const brochureLang = brochurePick ?? lang;
  const checklistLang = checklistPick ?? lang;
  // The workshop's country, else the brochure would show the helplines of the browser's country.
  const brochure = browser.runtime.getURL(
    `/brochure.html?lang=${brochureLang}${second && second !== brochureLang ? `&second=${second}&layout=side` : ''}${
      country ? `&country=${country}` : ''
    }`,
  );
  const checklist = browser.runtime.getURL(`/handout.html?platform=${site}&lang=${checklistLang}`);
  return (
    <section class="handouts" aria-labelledby="handouts-title" data-testid="handouts">
      <h2 id="handouts-title">{t('workshop:handouts.title')}</h2>
      <p>{t('workshop:handouts.intro')}</p>
      <div class="handout-row">
        <LanguageSelect
          label={t('workshop:handouts.brochureLanguage')}
          value={brochureLang}
          testId="brochure-language"
          onChange={setBrochureLang}
        />
        <LanguageSelect
          label={t('workshop:handouts.second')}
          value={second}
          none={t('workshop:handouts.none')}
          testId="brochure-second"
          onChange={setSecond}
        />
        <a class="button-link" href={brochure} target="_blank" rel="noopener" data-action="brochure">
          {t('workshop:handouts.brochure')}
        </a>
      </div>
      <div class="handout-row">
        <label class="field">
          <span>{t('workshop:handouts.site')}</span>
          <select
            value={site}
            data-testid="checklist-platform"
            onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value)}
          >
            <PlatformOptions platforms={PLATFORMS} />
          </select>
        </label>
        <LanguageSelect
          label={t('workshop:handouts.checklistLanguage')}
          value={checklistLang}
          testId="checklist-language"
          onChange={setChecklistLang}
        />
        <a class="button-link" href={checklist} target="_blank" rel="noopener" data-action="checklist">
          {t('workshop:handouts.checklist')}
        </a>
      </div>
    </section>
  );
}
