import type { Translate } from '@/lib/helper-view';
import type { DemoScreen, ScenarioStep } from '@/lib/workshop/scenarios';

const SCREENS: readonly DemoScreen[] = ['feed', 'chat', 'comments', 'settings'];

function Avatar({ name, tone }: { name: string; tone: string }) {
  return (
    <span class={`avatar ${tone}`} aria-hidden="true">
      {name.slice(0, 1)}
    </span>
  );
}

/**
 * The made-up social network: one screen per step, drawn from the step's data and the workshop's
 * words. Nothing on it is interactive: the presenter's controls drive it, and the real helper beside
 * it is what people try.
 */
export function DemoSite({ step, t }: { step: ScenarioStep; t: Translate }) {
  const you = t('workshop:site.you');
  const friend = t('workshop:site.friend');
  const classmate = t('workshop:site.classmate');
  const stranger = t('workshop:site.stranger');
  let screen;
  if (step.screen === 'settings') {
    screen = (
      <section class="screen settings" aria-labelledby="demo-settings-title">
        <h3 id="demo-settings-title">{t('workshop:site.settings.title')}</h3>
        <p class="setting">
          <span class="setting-name">{t('workshop:site.settings.private')}</span>
          {/* Hidden from screen readers: the line under it says the same, which they read twice. */}
          <span class={`switch ${step.privateAccount ? 'on' : 'off'}`} aria-hidden="true" />
        </p>
        <p class="setting-state" data-testid="demo-private">
          {step.privateAccount ? t('workshop:site.settings.privateOn') : t('workshop:site.settings.privateOff')}
        </p>
      </section>
    );
  } else if (step.screen === 'chat') {
    const messages = (['hello', 'photo'] as const).slice(0, step.messages ?? 0);
    screen = (
      <section class="screen chat" aria-labelledby="demo-chat-title">
        <h3 id="demo-chat-title">
          <Avatar name={stranger} tone="c" /> {t('workshop:site.chat.with', { name: stranger })}
        </h3>
        <p class="system">{t('workshop:site.chat.unknown')}</p>
        <ol class="messages">
          {messages.map((id) => (
            <li key={id} class="bubble them" data-message={id}>
              {t(`workshop:site.chat.${id}`)}
            </li>
          ))}
        </ol>
      </section>
    );
  } else if (step.screen === 'comments') {
    screen = (
      <section class="screen comments" aria-labelledby="demo-post-title">
        <article class="post">
          <h3 id="demo-post-title">
            <Avatar name={you} tone="a" /> {you}
          </h3>
          <p>{t('workshop:site.comments.post')}</p>
          {/* Hidden from screen readers: the post's words just above say what it shows. */}
          <div class="picture drawing" aria-hidden="true">
            🎨🐈
          </div>
        </article>
        <ul class="comment-list">
          <li>
            <Avatar name={friend} tone="b" /> <b>{friend}</b> {t('workshop:site.comments.nice')}
          </li>
          {step.meanComment && (
            <li class="mean" data-comment="mean">
              <Avatar name={classmate} tone="d" /> <b>{classmate}</b> {t('workshop:site.comments.mean')}
            </li>
          )}
        </ul>
      </section>
    );
  } else {
    screen = (
      <section class="screen feed" aria-label={t('workshop:site.nav.feed')}>
        {step.sharedPhoto && (
          <article class="post" data-post="shared">
            <h3>
              <Avatar name={friend} tone="b" /> {friend}
            </h3>
            <p>{t('workshop:site.feed.shared')}</p>
            <div class="picture photo" role="img" aria-label={t('workshop:site.feed.sharedPhoto')}>
              🛏️😴
            </div>
            <p class="meta">
              {t('workshop:site.feed.likes', { count: 23 })} · {t('workshop:site.feed.comments', { count: 7 })}
            </p>
          </article>
        )}
        <article class="post">
          <h3>
            <Avatar name={you} tone="a" /> {you}
          </h3>
          <p>{t('workshop:site.feed.post')}</p>
          {/* Hidden from screen readers: the post's words just above say what it shows. */}
          <div class="picture drawing" aria-hidden="true">
            🎨
          </div>
          <p class="meta">{t('workshop:site.feed.likes', { count: 12 })}</p>
        </article>
      </section>
    );
  }
  return (
    <div class="demo-site" role="region" aria-label={t('workshop:site.label')} data-screen={step.screen}>
      <div class="demo-top">
        <span class="demo-name">{t('workshop:site.name')}</span>
        <ul class="demo-nav">
          {SCREENS.map((s) => (
            <li key={s} aria-current={s === step.screen ? 'page' : undefined}>
              {t(`workshop:site.nav.${s}`)}
            </li>
          ))}
        </ul>
      </div>
      {screen}
    </div>
  );
}
