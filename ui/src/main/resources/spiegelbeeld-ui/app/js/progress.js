// Follows the pull of a peildatum: starts it when needed, shows progress per resource type from
// the server-sent events, and reports completion or a failure with what is missing.
import { h } from './dom.js';
import { t, count } from './i18n.js';
import { get, send } from './api.js';

/** The resource types a pull fetches; others reported by the server are added as they come. */
const EXPECTED = ['Patient', 'Condition', 'EpisodeOfCare', 'MedicationRequest', 'Observation'];

let source = null;

/**
 * Makes sure a pull for peildatum runs (or starts a new one when refresh), shows its progress in
 * panel, and resolves when complete; rejects with {title, detail, missing} when it failed.
 */
export async function follow(panel, peildatum, refresh) {
  const query = `peildatum=${encodeURIComponent(peildatum)}`;
  if (refresh) {
    await send('POST', `/api/measurements?${query}&refresh=true`);
  } else {
    const status = await get(`/api/measurements/status?${query}`);
    if (status.state === 'complete') return;
    if (status.state !== 'running') await send('POST', `/api/measurements?${query}`);
  }
  return new Promise((resolve, reject) => {
    const types = new Map(EXPECTED.map((type) => [type, { resources: 0, done: false }]));
    const bar = h('progress', { max: 100, value: 0, 'aria-labelledby': 'progress-title' });
    const list = h('ul', { class: 'progress-types' });
    panel.replaceChildren(h('h2', { id: 'progress-title' }, t('pulling')), bar, list);
    panel.hidden = false;
    const draw = () => {
      const done = [...types.values()].filter((s) => s.done).length;
      bar.value = Math.round((100 * done) / types.size);
      list.replaceChildren(...[...types.entries()].map(([type, s]) => h('li', { class: s.done ? 'done' : null },
        t(s.done ? 'pullingDone' : 'pullingType', { type, n: count(s.resources) }))));
    };
    draw();
    close();
    source = new EventSource(`/api/measurements/events?${query}`);
    source.addEventListener('progress', (e) => {
      const p = JSON.parse(e.data);
      types.set(p.resourceType, { resources: p.resources, done: !!p.done });
      draw();
    });
    source.addEventListener('complete', () => {
      close();
      panel.hidden = true;
      resolve();
    });
    // A stream the server refuses (not a dropped connection, which EventSource retries itself)
    // must not leave the user waiting for ever.
    source.onerror = () => {
      if (source && source.readyState === EventSource.CLOSED) {
        close();
        panel.hidden = true;
        reject({ title: t('pullFailed'), detail: t('errorDetail') });
      }
    };
    source.addEventListener('failed', (e) => {
      close();
      panel.hidden = true;
      reject(JSON.parse(e.data));
    });
  });
}

function close() {
  if (source) source.close();
  source = null;
}
