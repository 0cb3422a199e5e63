// Pieces shared by the dashboard and the detail: the concept mark and the card's meta line.
import { h, date } from '../dom.js';
import { t } from '../i18n.js';

export function conceptMark(card) {
  if (card.status !== 'concept') return null;
  return h('span', { class: 'badge badge-concept', title: t('conceptExplained') }, t('concept'),
    h('span', { class: 'visually-hidden' }, `: ${t('conceptExplained')}`));
}

export function meta(card) {
  return h('p', { class: 'meta' }, `${card.id} · ${t('peildatumShort', { d: date(card.referenceDate) })} · ${t('version', { v: card.version })}`);
}

export function groupComparisonPlaceholder() {
  return h('section', { class: 'group-comparison', 'aria-labelledby': 'group-comparison-title' },
    h('h3', { id: 'group-comparison-title' }, t('groupComparison')),
    h('p', {}, t('groupComparisonSoon')),
    h('p', {}, h('a', { href: '#/group' }, t('groupLink'))));
}
