// One indicator: headline, charts by stratum with the figures in tables beside them, the
// definition in plain language with its sources, earlier measurements and the worklist link.
import { h, date } from '../dom.js';
import { t, pick, count } from '../i18n.js';
import { strataChart, trendChart } from '../charts.js';
import { conceptMark, meta, groupComparisonPlaceholder } from './cards.js';

function rateCell(card, rate) {
  if (rate === null || rate === undefined) return '–';
  return card.rateBase === 1000 ? String(rate).replace('.', document.documentElement.lang === 'en' ? '.' : ',') : `${Math.round(rate)}%`;
}

function strataTable(card, stratifier) {
  const cohort = card.scoring === 'cohort';
  return h('table', { class: 'data' },
    h('caption', { class: 'visually-hidden' }, stratifier.title),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('stratum')),
      cohort ? h('th', { scope: 'col', class: 'num' }, t('patients')) : [
        h('th', { scope: 'col', class: 'num' }, t('numerator')),
        h('th', { scope: 'col', class: 'num' }, t('denominator')),
        h('th', { scope: 'col', class: 'num' }, card.rateBase === 1000 ? t('perThousand') : t('share'))])),
    h('tbody', {}, stratifier.strata.map((s) => h('tr', {},
      h('th', { scope: 'row' }, s.label),
      cohort ? h('td', { class: 'num' }, count(s.measurePopulation)) : [
        h('td', { class: 'num' }, count(s.numerator)),
        h('td', { class: 'num' }, count(s.denominator)),
        h('td', { class: 'num' }, rateCell(card, s.rate))]))));
}

export function renderDetail(main, detail) {
  const card = detail.card;
  const title = pick(card.title);
  const trend = h('div', { class: 'chart chart-small' });
  main.append(
    h('p', {}, h('a', { href: `#/module/${card.module}` }, t('back'))),
    h('h1', {}, title, ' ', conceptMark(card)),
    h('p', { class: 'headline' }, pick(card.headline)),
    h('p', { class: 'figure' }, pick(card.rateText)),
    meta(card),
    card.worklist ? h('p', {}, h('a', { class: 'button', href: `#/worklist/${card.id}` },
      `${t('toWorklist')}: ${card.worklist.title} (${t('reviewedOf', { r: card.worklist.reviewed, n: card.worklist.size })})`)) : null,
  );
  const main0 = detail.groups[0];
  if (main0 && main0.stratifiers.length) {
    main.append(h('h2', {}, t('byStratum')));
    const grid = h('div', { class: 'strata' });
    main.append(grid);
    for (const s of main0.stratifiers) {
      const chart = h('div', { class: 'chart' });
      grid.append(h('section', { class: 'stratifier' }, h('h3', {}, s.title), chart, strataTable(card, s)));
      strataChart(chart, s, card);
    }
  }
  if (detail.groups.length > 1) {
    main.append(h('h2', {}, t('groups')), h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('stratum')), h('th', { scope: 'col', class: 'num' }, t('numerator')),
        h('th', { scope: 'col', class: 'num' }, t('denominator')), h('th', { scope: 'col', class: 'num' }, t('share')))),
      h('tbody', {}, detail.groups.slice(1).map((g) => h('tr', {}, h('th', { scope: 'row' }, `${g.code} ${g.title}`),
        h('td', { class: 'num' }, count(g.numerator)), h('td', { class: 'num' }, count(g.denominator)),
        h('td', { class: 'num' }, rateCell(card, g.rate)))))));
  }
  main.append(
    h('h2', {}, t('earlier')),
    card.history.length ? [trend, h('ul', {}, card.history.map((p) => h('li', {},
      `${date(p.referenceDate)}: ${count(p.numerator)} / ${count(p.denominator)}`,
      p.sameVersion ? '' : ` — ${t('versionChanged', { v: p.version })}`)))] : h('p', {}, t('noEarlier')),
    groupComparisonPlaceholder(),
    h('h2', {}, t('definition')),
    h('p', { lang: 'nl', class: 'definition' }, pick(detail.description)),
    h('h3', {}, t('sources')),
    h('ul', { class: 'sources' }, detail.sources.map((s) => h('li', {},
      s.url ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.text) : s.text))),
  );
  if (card.history.length) trendChart(trend, card, title);
}
