import type { GuideView, HelpView } from '@/lib/helper-view';
import { el, link } from './dom';

type Level = 1 | 2 | 3;
const heading = (level: Level) => (`h${level}` as 'h1' | 'h2' | 'h3');
const sub = (level: Level) => (`h${level + 1}` as 'h2' | 'h3' | 'h4');

/** One guide: numbered steps, what happens next, and where the steps come from. */
export function renderGuide(guide: GuideView, level: Level = 3): HTMLElement {
  const headingId = `mis-guide-${guide.id}`;
  return el(
    'section',
    { class: 'mis-guide', 'aria-labelledby': headingId, 'data-guide': guide.id },
    el(heading(level), { id: headingId, class: 'mis-guide-title' }, guide.title),
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

/** "Get help now": a trusted adult first, the never-forward rule, then the country's helplines. */
export function renderHelp(help: HelpView, level: Level = 3): HTMLElement {
  const h = sub(level);
  return el(
    'section',
    { class: 'mis-help', 'aria-labelledby': 'mis-help-title', 'data-section': 'help' },
    el(heading(level), { id: 'mis-help-title', class: 'mis-guide-title', tabindex: level === 1 ? '-1' : undefined, 'data-screen-heading': level === 1 }, help.title),
    el('p', {}, help.intro),
    el(h, {}, help.trustedAdult.title),
    el('p', {}, help.trustedAdult.text),
    el('div', { class: 'mis-warning', role: 'note' }, el(h, {}, help.images.title), el('p', {}, help.images.text)),
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
            el('p', { class: 'mis-helpline-name' }, el('bdi', {}, line.name)),
            el('p', {}, line.description),
            line.facts.length > 0 && el('p', {}, line.facts.join(' ')),
            el(
              'p',
              { class: 'mis-links' },
              link(line.tel, line.callLabel, 'mis-button-link'),
              link(line.url, line.websiteLabel),
              el('span', { class: 'mis-checked' }, line.checkedLabel),
            ),
          ),
        ),
      ),
  );
}
