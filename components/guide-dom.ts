import type { GuideView, HelpView, HelplineView, SituationView } from '@/lib/helper-view';
import { el, link, ownName, withPhoneNumber } from './dom';

type Level = 1 | 2 | 3;
const heading = (level: Level) => `h${level}` as 'h1' | 'h2' | 'h3';
const sub = (level: Level) => `h${level + 1}` as 'h2' | 'h3' | 'h4';

/** One guide: numbered steps, what happens next, and where the steps come from. */
export function renderGuide(guide: GuideView, level: Level = 3): HTMLElement {
  const headingId = `mis-guide-${guide.id}`;
  return el(
    'section',
    { class: 'mis-guide', 'aria-labelledby': headingId, 'data-guide': guide.id },
    // Focusable from script only: the privacy prompt's "check now" moves focus here.
    el(heading(level), { id: headingId, class: 'mis-guide-title', tabindex: '-1' }, guide.title),
    el('ol', { class: 'mis-steps' }, ...guide.steps.map((step) => el('li', {}, step))),
    guide.after && el('p', { class: 'mis-after' }, guide.after),
    guide.mayDiffer && el('p', { class: 'mis-note' }, guide.mayDiffer),
    el(
      'p',
      { class: 'mis-links' },
      guide.settingsUrl && guide.settingsLabel && link(guide.settingsUrl, guide.settingsLabel, 'mis-button-link'),
      link(guide.sourceUrl, guide.sourceLabel),
      el('span', { class: 'mis-checked' }, guide.checkedLabel),
    ),
  );
}

/** The country's helplines as call links, or what to do where there is none. */
/**
 * The numbers under a situation's last step: the lines to talk to. Where there is none, that step
 * already says so (and the missing-children hotline is no line for bullying).
 */
function helplineCalls(help: HelpView): HTMLElement | false {
  const talk = help.helplines.filter((line) => line.talk);
  return (
    talk.length > 0 &&
    el(
      'p',
      { class: 'mis-links' },
      ...talk.map((line: HelplineView) => link(line.tel, line.callWithName, 'mis-button-link')),
    )
  );
}

/**
 * Opens in a redrawn help the situations that were open before it: another language or country
 * redraws the help (its lines and services differ), and someone reading what to do keeps it open.
 */
export function keepOpenSituations(before: ParentNode | undefined, after: ParentNode): void {
  if (!before) return;
  const selector = 'details[data-situation]';
  const open = new Set<string | null>();
  for (const d of before.querySelectorAll<HTMLDetailsElement>(selector)) {
    if (d.open) open.add(d.getAttribute('data-situation'));
  }
  for (const d of after.querySelectorAll<HTMLDetailsElement>(selector)) {
    if (open.has(d.getAttribute('data-situation'))) d.open = true;
  }
}

/**
 * One situation as a disclosure: the browser's own details element opens with Enter, Space or a
 * click, needs no script, and its marker turns with the writing direction.
 */
function renderSituation(situation: SituationView, help: HelpView, h: 'h2' | 'h3' | 'h4'): HTMLElement {
  const last = situation.actions.length - 1;
  return el(
    'details',
    { class: 'mis-situation', 'data-situation': situation.id },
    el('summary', {}, situation.title),
    el('ul', { class: 'mis-points' }, ...situation.points.map((point) => el('li', {}, point))),
    situation.servicesTitle &&
      el(
        'div',
        { class: 'mis-services' },
        el(h, {}, situation.servicesTitle),
        el(
          'ul',
          {},
          ...situation.services.map((service) =>
            el(
              'li',
              { 'data-service': service.id },
              el('p', {}, service.description),
              el(
                'p',
                { class: 'mis-links' },
                link(service.url, service.openLabel, 'mis-button-link'),
                el('span', { class: 'mis-checked' }, service.checkedLabel),
              ),
            ),
          ),
        ),
      ),
    el(h, {}, situation.actionsTitle),
    el(
      'ol',
      { class: 'mis-steps' },
      // The last thing to do is to call a helpline: its numbers are right there.
      ...situation.actions.map((action, i) =>
        i === last ? el('li', {}, action, helplineCalls(help)) : el('li', {}, action),
      ),
    ),
  );
}

/** "Get help now": a trusted adult first, the never-forward rule, what happened, then the helplines. */
export function renderHelp(help: HelpView, level: Level = 3): HTMLElement {
  const h = sub(level);
  return el(
    'section',
    { class: 'mis-help', 'aria-labelledby': 'mis-help-title', 'data-section': 'help' },
    // Focusable from script only: the popup's screen change and the panel's "get help now" move focus here.
    el(
      heading(level),
      { id: 'mis-help-title', class: 'mis-guide-title', tabindex: '-1', 'data-screen-heading': level === 1 },
      help.title,
    ),
    el('p', {}, help.intro),
    el(h, {}, help.trustedAdult.title),
    el('p', {}, help.trustedAdult.text),
    el('div', { class: 'mis-warning', role: 'note' }, el(h, {}, help.images.title), el('p', {}, help.images.text)),
    el(h, {}, help.whatHappened.title),
    el('p', {}, help.whatHappened.intro),
    el(
      'div',
      { class: 'mis-situations' },
      ...help.situations.map((s) => renderSituation(s, help, sub(level === 1 ? 2 : 3))),
    ),
    el(h, {}, help.helplineTitle),
    help.noHelpline && el('p', { 'data-helpline': 'none' }, help.noHelpline),
    help.helplines.length > 0 &&
      el(
        'ul',
        { class: 'mis-helplines' },
        ...help.helplines.map((line) =>
          el(
            'li',
            { 'data-helpline': line.id },
            el('p', { class: 'mis-helpline-name' }, ownName(line.name)),
            el('p', {}, line.description),
            line.facts.length > 0 && el('p', {}, line.facts.join(' ')),
            el(
              'p',
              { class: 'mis-links' },
              link(line.tel, withPhoneNumber(line.callLabel, line.number), 'mis-button-link'),
              line.url && link(line.url, line.websiteLabel ?? line.name),
              el('span', { class: 'mis-checked' }, line.checkedLabel),
            ),
          ),
        ),
      ),
  );
}
