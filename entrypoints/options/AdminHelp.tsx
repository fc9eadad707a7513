import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/helper-view';
import type { PolicyField } from '@/lib/managed';
import { EXAMPLE_XPI_URL, FIREFOX_ID, chromiumPolicy, firefoxPolicy } from '@/lib/policy-examples';

// A file path or name inside the words: "/etc/opt/chrome/policies/managed/", "policies.json", ".json".
const PATH = /((?:\/[\w.-]+)+\/?|[\w-]*\.json\b)/;

/**
 * Words with their file paths kept left to right as code: inside Arabic or Urdu the bidi algorithm
 * moved the slashes and the dot ("json." for ".json"), and an administrator would copy a wrong path.
 */
export function WithPaths({ text }: { text: string }) {
  return (
    <>
      {text.split(PATH).map((part, i) =>
        i % 2 === 1 ? (
          <code dir="ltr" key={i}>
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * "For schools and IT": why browser policy, what it can set, and example policies with this
 * install's own extension id (the full guide is docs/browser-policy.md). The first run links here.
 */
export function AdminHelp({ t, locked }: { t: Translate; locked: ReadonlySet<PolicyField> }) {
  // Firefox's id is the fixed gecko id; Chrome's and Edge's is the one the browser gave this install.
  const isFirefox = browser.runtime.id === FIREFOX_ID;
  const chromeId = isFirefox ? '<extension id>' : browser.runtime.id;
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return (
    <section aria-labelledby="admin-title" id="admin" class="admin" data-testid="admin-help">
      <h2 id="admin-title" tabIndex={-1}>
        {t('ui:admin.title')}
      </h2>
      {locked.size > 0 && (
        <p class="status" data-testid="managed-in-effect">
          {t('ui:admin.inEffect', { count: locked.size })}
        </p>
      )}
      <p>{t('ui:admin.why')}</p>
      <p>{t('ui:admin.what')}</p>
      <ul>
        {(
          ['language', 'country', 'role', 'platforms', 'helperOffSites', 'promptEveryDays', 'promptOffSites'] as const
        ).map((field) => (
          <li key={field}>
            <code dir="ltr">{field}</code>: {t(`ui:admin.fields.${field}`)}
          </li>
        ))}
      </ul>
      <h3>{t('ui:admin.chromeTitle')}</h3>
      <p data-testid="chrome-where">
        <WithPaths text={t('ui:admin.chromeWhere')} />
      </p>
      <pre dir="ltr" tabIndex={0} aria-label={t('ui:admin.chromeTitle')} data-testid="chrome-policy">
        {json(chromiumPolicy(chromeId))}
      </pre>
      <p>{t('ui:admin.edgeNote')}</p>
      <h3>{t('ui:admin.firefoxTitle')}</h3>
      <p data-testid="firefox-where">
        <WithPaths text={t('ui:admin.firefoxWhere')} />
      </p>
      <pre dir="ltr" tabIndex={0} aria-label={t('ui:admin.firefoxTitle')} data-testid="firefox-policy">
        {json(firefoxPolicy(FIREFOX_ID, EXAMPLE_XPI_URL))}
      </pre>
      <p class="hint">{t('ui:admin.guide')}</p>
    </section>
  );
}
