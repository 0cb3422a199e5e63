// A worklist for the practice assistant: sortable, filterable rows with the facts that put each
// patient on it, and a review mark (outcome + short note) stored in the practice's own database.
import { h, date } from '../dom.js';
import { t, pick } from '../i18n.js';
import { send, ApiError } from '../api.js';

export function renderWorklist(main, list, peildatum) {
  const state = { filter: '', onlyOpen: false, sortColumn: 0, ascending: true };
  const columns = [
    { label: t('name'), value: (r) => r.name ?? '' },
    { label: t('birthDate'), value: (r) => r.birthDate ?? '', sortValue: (r) => (r.birthDate ?? '').split('-').reverse().join('') },
    { label: t('age'), value: (r) => (r.age ?? ''), sortValue: (r) => r.age ?? -1, numeric: true },
    { label: t('sex'), value: (r) => pick(r.sex) },
    ...list.columns.map((c, i) => ({ label: c, value: (r) => r.values[i] ?? '' })),
    { label: t('reviewed'), value: (r) => (r.review ? `${pick(r.review.outcomeLabel)} (${r.review.reviewedOn})` : t('notReviewed')) },
  ];
  const counter = h('p', { class: 'review-count', 'aria-live': 'polite' });
  const shown = h('p', { class: 'rows-shown', 'aria-live': 'polite' });
  const tbody = h('tbody');
  const headRow = h('tr');
  const dialog = reviewDialog(list, peildatum, (row) => { refresh(); focusRow(row.patientId); });

  const csvHref = `/api/worklists/${encodeURIComponent(list.indicatorId)}/csv?peildatum=${peildatum}`;
  main.append(
    h('p', { class: 'no-print' }, h('a', { href: '#/worklists' }, `← ${t('worklists')}`)),
    h('h1', {}, list.title),
    h('p', { class: 'subtitle' }, `${list.indicatorId} · ${pick(list.indicatorTitle)} · ${t('peildatumShort', { d: date(list.referenceDate) })}`),
    counter,
    h('div', { class: 'toolbar no-print' },
      h('label', { for: 'worklist-filter' }, t('filter')),
      h('input', { id: 'worklist-filter', type: 'search', on: { input: (e) => { state.filter = e.target.value; refresh(); } } }),
      h('label', { class: 'checkbox' }, h('input', { type: 'checkbox', id: 'only-open', on: { change: (e) => { state.onlyOpen = e.target.checked; refresh(); } } }), t('onlyOpen')),
      h('a', { class: 'button', href: csvHref, download: '' }, t('exportCsv')),
      h('button', { type: 'button', on: { click: () => window.print() } }, t('print'))),
    shown,
    h('table', { class: 'data worklist' }, h('thead', {}, headRow), tbody),
    dialog.element);

  function refresh() {
    const reviewed = list.rows.filter((r) => r.review).length;
    counter.textContent = t('reviewedOf', { r: reviewed, n: list.rows.length });
    headRow.replaceChildren(...columns.map((c, i) => h('th', {
      scope: 'col',
      'aria-sort': state.sortColumn === i ? (state.ascending ? 'ascending' : 'descending') : null,
    }, h('button', { type: 'button', class: 'sort', title: t('sortBy', { c: c.label }), on: { click: () => sortBy(i) } },
      c.label, h('span', { 'aria-hidden': 'true' }, state.sortColumn === i ? (state.ascending ? ' ▲' : ' ▼') : ''))))
      .concat([h('th', { scope: 'col', class: 'no-print' }, h('span', { class: 'visually-hidden' }, t('review')))]));
    const needle = state.filter.trim().toLocaleLowerCase();
    const rows = list.rows
      .filter((r) => !state.onlyOpen || !r.review)
      .filter((r) => !needle || [r.name, r.hisNumber, r.birthDate, r.sentence, ...r.values, r.review?.note]
        .some((v) => v && String(v).toLocaleLowerCase().includes(needle)));
    const col = columns[state.sortColumn];
    const key = col.sortValue ?? col.value;
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl', { numeric: true });
      return state.ascending ? c : -c;
    });
    tbody.replaceChildren(...rows.map((r) => h('tr', { 'data-patient': r.patientId, class: r.review ? 'is-reviewed' : null },
      columns.map((c, i) => (i === 0
        ? h('th', { scope: 'row' }, c.value(r), r.hisNumber ? h('span', { class: 'his-number' }, ` · ${r.hisNumber}`) : null,
          h('span', { class: 'sentence' }, r.sentence), r.review?.note ? h('span', { class: 'note' }, r.review.note) : null)
        : h('td', {}, c.value(r)))),
      h('td', { class: 'no-print' }, h('button', { type: 'button', class: 'review-button', on: { click: () => dialog.open(r) } },
        r.review ? t('changeReview') : t('review'), h('span', { class: 'visually-hidden' }, `: ${r.name ?? ''}`))))));
    shown.textContent = list.rows.length ? t('rowsShown', { n: rows.length, t: list.rows.length }) : t('emptyList');
  }

  function sortBy(i) {
    state.ascending = state.sortColumn === i ? !state.ascending : true;
    state.sortColumn = i;
    refresh();
    headRow.children[i].querySelector('button').focus();
  }

  function focusRow(patientId) {
    const button = tbody.querySelector(`tr[data-patient="${CSS.escape(patientId)}"] .review-button`);
    if (button) button.focus();
  }

  refresh();
}

function reviewDialog(list, peildatum, saved) {
  let row = null;
  const error = h('p', { class: 'form-error', role: 'alert' });
  const outcome = h('select', { id: 'review-outcome', required: true },
    h('option', { value: '' }, t('chooseOutcome')),
    list.outcomes.map((o) => h('option', { value: o.code }, pick(o.label))));
  const note = h('textarea', { id: 'review-note', rows: 3, maxlength: String(list.maxNoteLength), 'aria-describedby': 'review-note-help' });
  const heading = h('h2', { id: 'review-title' });
  const remove = h('button', { type: 'button', class: 'secondary', on: { click: () => submit('DELETE') } }, t('removeMark'));
  const element = h('dialog', { class: 'review-dialog', 'aria-labelledby': 'review-title' },
    h('form', { method: 'dialog', on: { submit: (e) => { e.preventDefault(); submit('PUT'); } } },
      heading,
      h('p', { class: 'sentence' }),
      h('label', { for: 'review-outcome' }, t('outcome')), outcome,
      h('label', { for: 'review-note' }, t('note')), note,
      h('p', { id: 'review-note-help', class: 'help' }, t('noteHelp', { n: list.maxNoteLength })),
      error,
      h('div', { class: 'actions' },
        h('button', { type: 'submit' }, t('save')),
        remove,
        h('button', { type: 'button', class: 'secondary', on: { click: () => element.close() } }, t('cancel')))));

  async function submit(method) {
    error.textContent = '';
    const path = `/api/worklists/${encodeURIComponent(list.indicatorId)}/reviews/${encodeURIComponent(row.patientId)}`;
    try {
      if (method === 'PUT') {
        if (!outcome.value) {
          error.textContent = t('chooseOutcome');
          outcome.focus();
          return;
        }
        row.review = await send('PUT', path, { outcome: outcome.value, note: note.value });
      } else {
        await send('DELETE', path);
        row.review = null;
      }
      element.close();
      saved(row);
    } catch (e) {
      // Keep what was typed; say what went wrong and what to do.
      const p = e instanceof ApiError ? e.problem : {};
      error.textContent = p.title ? `${p.title}. ${p.detail ?? ''}` : t('errorDetail');
    }
  }

  return {
    element,
    open(r) {
      row = r;
      heading.textContent = `${t('reviewTitle')}: ${r.name ?? r.hisNumber ?? ''}`;
      element.querySelector('.sentence').textContent = r.sentence;
      outcome.value = r.review?.outcome ?? '';
      note.value = r.review?.note ?? '';
      remove.hidden = !r.review;
      error.textContent = '';
      element.showModal();
      outcome.focus();
    },
  };
}
