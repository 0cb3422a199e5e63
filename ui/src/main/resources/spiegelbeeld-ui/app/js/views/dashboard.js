// The huisarts's dashboard: per module one card per indicator with a headline, the figure, a
// small chart of this and earlier measurements, and the worklist's review progress.
import { h, date } from '../dom.js';
import { t, pick, count } from '../i18n.js';
import { trendChart } from '../charts.js';
import { conceptMark, meta, groupComparisonPlaceholder } from './cards.js';

export function renderDashboard(main, dashboard, route) {
  const moduleId = route.module ?? dashboard.modules[0]?.id;
  const module = dashboard.modules.find((m) => m.id === moduleId) ?? dashboard.modules[0];
  main.append(
    h('h1', { class: 'visually-hidden' }, t('navDashboard')),
    h('nav', { class: 'module-tabs', 'aria-label': t('modules') },
      dashboard.modules.map((m) => h('a', {
        href: `#/module/${m.id}`,
        class: m.id === module.id ? 'tab active' : 'tab',
        'aria-current': m.id === module.id ? 'page' : null,
      }, pick(m.title)))),
    h('p', { class: 'population' }, t('population', {
      d: date(dashboard.referenceDate),
      n: count(dashboard.population),
      t: new Date(dashboard.pulledAt).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL'),
    })),
    h('h2', {}, pick(module.title)),
  );
  const grid = h('div', { class: 'cards' });
  main.append(grid);
  for (const card of module.cards) {
    const chart = h('div', { class: 'chart chart-small' });
    const title = pick(card.title);
    grid.append(h('article', { class: 'card', 'data-indicator': card.id },
      h('h3', {}, h('a', { href: `#/indicator/${card.id}` }, title), ' ', conceptMark(card)),
      h('p', { class: 'headline' }, pick(card.headline)),
      h('p', { class: 'figure' }, pick(card.rateText)),
      chart,
      meta(card),
      card.worklist
        ? h('p', { class: 'worklist-link' }, h('a', { href: `#/worklist/${card.id}` },
          t('worklistLink', { r: card.worklist.reviewed, n: card.worklist.size })))
        : null));
    trendChart(chart, card, title);
  }
  main.append(groupComparisonPlaceholder());
}
