// Groep: per indicator the practice's own bar among the group's practices by name (own
// highlighted), the best-10% line and the median, a headline, and the practice's earlier periods.
import { h, date } from '../dom.js';
import { t, pick, count } from '../i18n.js';
import { groupChart } from '../charts.js';

export function renderGroup(main, data) {
  const [start, end] = data.period.split('/');
  main.append(
    h('h1', {}, t('groupTitle')),
    h('p', { class: 'meta' }, t('groupPeriod', { s: date(start), e: date(end) })));
  if (!data.groups.length) {
    main.append(h('p', { class: 'notice' }, t('groupNone')));
    return;
  }
  for (const g of data.groups) {
    main.append(h('h2', {}, g.group.name),
      h('p', { class: 'meta' }, t('groupMembers', { n: g.group.members.length, k: g.group.suppressionK })));
    for (const ind of g.indicators) main.append(indicator(ind));
  }
}

function pct(v) {
  return v === null || v === undefined ? '–' : `${new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(v)}%`;
}

function indicator(ind) {
  const c = ind.comparison;
  const chart = h('div', { class: 'chart chart-group' });
  const rows = c.practices.map((p) => h('tr', { class: p.you ? 'own' : null },
    h('th', { scope: 'row' }, p.practice, p.you ? h('span', { class: 'visually-hidden' }, ` (${t('groupYou')})`) : null),
    h('td', { class: 'num' }, p.submitted && p.numerator !== null ? count(p.numerator) : '–'),
    h('td', { class: 'num' }, p.submitted && p.denominator !== null ? count(p.denominator) : '–'),
    h('td', { class: 'num' }, !p.submitted ? t('groupNotShared') : p.suppressed ? t('suppressed') : pct(p.percentage))));
  const own = (c.trends || []).find((tr) => tr.you);
  const section = h('section', { class: 'group-indicator', 'data-indicator': ind.id },
    h('h3', {}, `${ind.id} ${pick(ind.title)}`),
    h('p', { class: 'headline' }, pick(ind.headline)),
    chart,
    h('p', { class: 'meta' }, t('groupStats', { b: c.best10 ? pct(c.best10.percentage) : '–', m: pct(c.distribution?.median), a: pct(c.total?.percentage) })),
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('groupPractice')), h('th', { scope: 'col', class: 'num' }, t('numerator')),
        h('th', { scope: 'col', class: 'num' }, t('denominator')), h('th', { scope: 'col', class: 'num' }, t('share')))),
      h('tbody', {}, ...rows)),
    own && own.periods.length
      ? h('div', { class: 'own-trend' }, h('h4', {}, t('groupOwnTrend')),
        h('ul', {}, ...own.periods.map((p) => h('li', {}, `${date(p.start)} t/m ${date(p.end)}: ${pct(p.percentage)}${p.numerator !== null && p.denominator !== null ? ` (${p.numerator}/${p.denominator})` : ''}${p.versionChanged ? ` · ${t('versionChanged', { v: p.version })}` : ''}`))))
      : null);
  queueMicrotask(() => groupChart(chart, `${ind.id} ${pick(ind.title)}`, c));
  return section;
}
