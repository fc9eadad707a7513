import { mountHelper } from '@/components/helper-ui';
import css from '@/components/helper.css?inline';
import panelCss from '@/components/helper-panel.css?inline';
import { isLanguageCode, LANGUAGES } from '@/lib/languages';
import { platformById, PLATFORMS } from '@/lib/platforms/registry';
import { helperViewFor } from '@/lib/view-for';
import { DEFAULT_SETTINGS } from '@/lib/storage';
import { applyLanguage } from '@/components/apply-language';

/**
 * The in-page helper exactly as a site shows it, on an extension page: for parents and educators
 * who want to see what a child sees, and for accessibility checks, which cannot look into the
 * closed shadow root on a real site. Here the root is open. `?lang=ar&platform=instagram&country=FR&prompt=1`.
 */
async function main() {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const platform = platformById(params.get('platform') ?? '') ?? PLATFORMS[0]!;
  const country = params.get('country');
  const settings = {
    ...DEFAULT_SETTINGS,
    language: isLanguageCode(lang) ? lang : DEFAULT_SETTINGS.language,
    country: country && /^[A-Z]{2}$/.test(country) ? country : DEFAULT_SETTINGS.country,
  };
  // `?prompt=1` shows the privacy prompt too, as a site shows it when it is due.
  const view = await helperViewFor(
    platform,
    settings,
    [...navigator.languages],
    undefined,
    params.get('prompt') === '1',
  );
  applyLanguage(LANGUAGES[isLanguageCode(view.lang) ? view.lang : 'en']);
  document.title = view.labels.panelLabel;
  const host = document.getElementById('app')!;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  mountHelper(container, view, {}, { open: true, panelCss });
}

void main();
