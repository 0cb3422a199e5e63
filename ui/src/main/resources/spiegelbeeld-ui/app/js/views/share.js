// Delen: exactly what will leave the practice (after small-cell suppression), in plain words and as
// the raw JSON. Nothing is sent until the user presses "Delen"; the benchmark's answer is shown as
// it is (its diagnostics are Dutch and name the indicator and stratum).
import { h, date } from '../dom.js';
import { t, count } from '../i18n.js';
import { send, ApiError } from '../api.js';

export function renderShare(main, data, peildatum) {
  const result = h('div', { class: 'share-result', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'primary', id: 'share-confirm' }, t('shareConfirm'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.replaceChildren(h('p', {}, t('shareSending')));
    try {
      const answer = await send('POST', `/api/share?peildatum=${peildatum}`, { digest: data.digest });
      result.replaceChildren(outcome(answer));
    } catch (e) {
      const p = e instanceof ApiError ? e.problem : {};
      result.replaceChildren(h('section', { class: 'error', role: 'alert' },
        h('h2', {}, p.title || t('errorTitle')), h('p', {}, p.detail || t('errorDetail'))));
    } finally {
      button.disabled = false;
    }
  });
  // Element.append would write a null as the text "null": leave the absent parts out.
  main.append(...[
    h('h1', {}, t('shareTitle')),
    h('p', { class: 'intro' }, t('shareIntro', { k: data.k, km1: data.k - 1, d: date(data.peildatum) })),
    h('p', { class: 'meta' }, data.groups.length ? t('shareGroups', { g: data.groups.join(', ') }) : t('shareNoGroup')),
    data.notAccepted.length ? h('p', { class: 'notice' }, t('shareNotAccepted', { ids: data.notAccepted.join(', ') })) : null,
    h('div', { class: 'actions' }, button, h('a', { href: '#/group' }, t('navGroup'))),
    result,
    ...data.indicators.map(indicator),
    h('details', { class: 'raw-json' },
      h('summary', {}, t('shareRaw')),
      h('pre', { id: 'share-json' }, JSON.stringify(JSON.parse(data.json), null, 2))),
  ].filter(Boolean));
}

function outcome(answer) {
  const messages = h('ul', { class: 'benchmark-messages' }, ...answer.messages.map((m) => h('li', {}, m)));
  if (answer.accepted) {
    return h('section', { class: 'share-accepted' },
      h('h2', {}, t('shareAccepted')), messages, h('p', {}, h('a', { href: '#/group' }, t('shareSeeGroup'))));
  }
  return h('section', { class: 'error', role: 'alert' },
    h('h2', {}, t('shareRefused', { s: answer.status })), messages);
}

function indicator(ind) {
  return h('section', { class: 'share-indicator', 'data-indicator': ind.id },
    h('h2', {}, `${ind.id} ${ind.title}`),
    h('p', { class: 'meta' }, t('version', { v: ind.version })),
    ...ind.groups.map((g) => group(g, ind.groups.length > 1)));
}

function group(g, showTitle) {
  const populations = g.rows[0].cells.map((c) => c.name);
  const suppressed = [];
  const rows = g.rows.map((row) => {
    const label = row.stratifier ? `${row.stratifier}: ${row.stratum}` : t('shareTotal');
    return h('tr', {},
      h('th', { scope: 'row' }, label),
      ...row.cells.map((c) => {
        if (c.count !== null) return h('td', { class: 'num' }, count(c.count));
        suppressed.push(`${label}, ${c.name}: ${c.reason}`);
        return h('td', { class: 'num suppressed' }, t('suppressed'));
      }));
  });
  return h('div', { class: 'share-group' },
    showTitle ? h('h3', {}, `${g.code} ${g.title ?? ''}`) : null,
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('stratum')), ...populations.map((p) => h('th', { scope: 'col', class: 'num' }, p)))),
      h('tbody', {}, ...rows)),
    suppressed.length
      ? h('div', { class: 'suppressed-why' }, h('p', {}, t('suppressedWhy')), h('ul', {}, ...suppressed.map((s) => h('li', {}, s))))
      : h('p', { class: 'meta' }, t('nothingSuppressed')));
}
