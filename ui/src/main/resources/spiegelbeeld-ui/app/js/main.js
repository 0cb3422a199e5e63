// The app: header (practice, peildatum, Ververs, language), hash routes, and loading each screen
// from the JSON API. When no complete measurement exists yet it follows the pull's progress.
import { h } from './dom.js';
import { t, lang, setLanguage } from './i18n.js';
import { get, setCsrfToken, ApiError, NO_MEASUREMENT } from './api.js';
import { disposeCharts } from './charts.js';
import { follow } from './progress.js';
import { renderDashboard } from './views/dashboard.js';
import { renderDetail } from './views/detail.js';
import { renderWorklist } from './views/worklist.js';
import { renderWorklists } from './views/worklists.js';
import { renderQuality } from './views/quality.js';
import { renderShare } from './views/share.js';
import { renderGroup } from './views/group.js';

const main = document.getElementById('main');
const panel = document.getElementById('progress');
const peildatumInput = document.getElementById('peildatum');
let peildatum = sessionStorage.getItem('spiegelbeeld.peildatum') || today();
let rendering = 0;

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function route() {
  const [path] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'indicator': return { name: 'indicator', id: parts[1] };
    case 'worklist': return { name: 'worklist', id: parts[1] };
    case 'worklists': return { name: 'worklists' };
    case 'quality': return { name: 'quality' };
    case 'share': return { name: 'share' };
    case 'group': return { name: 'group' };
    case 'module': return { name: 'dashboard', module: parts[1] };
    default: return { name: 'dashboard' };
  }
}

const SCREENS = {
  dashboard: { path: () => '/api/dashboard', render: (data, r) => renderDashboard(main, data, r) },
  worklists: { path: () => '/api/dashboard', render: (data) => renderWorklists(main, data) },
  indicator: { path: (r) => `/api/indicators/${encodeURIComponent(r.id)}`, render: (data) => renderDetail(main, data) },
  worklist: { path: (r) => `/api/worklists/${encodeURIComponent(r.id)}`, render: (data) => renderWorklist(main, data, peildatum) },
  quality: { path: () => '/api/registration-quality', render: (data) => renderQuality(main, data) },
  share: { path: () => '/api/share', render: (data) => renderShare(main, data, peildatum) },
  group: { path: () => '/api/group', render: (data) => renderGroup(main, data) },
};

async function render(refresh = false) {
  const current = ++rendering;
  const r = route();
  const screen = SCREENS[r.name];
  markNav(r.name);
  disposeCharts();
  main.replaceChildren(h('p', { class: 'loading' }, t('loading')));
  try {
    if (refresh) await follow(panel, peildatum, true);
    let data;
    try {
      data = await get(`${screen.path(r)}?peildatum=${peildatum}`);
    } catch (e) {
      if (!(e instanceof ApiError) || e.problem.type !== NO_MEASUREMENT) throw e;
      await follow(panel, peildatum, false);
      data = await get(`${screen.path(r)}?peildatum=${peildatum}`);
    }
    if (current !== rendering) return;
    main.replaceChildren();
    screen.render(data, r);
  } catch (e) {
    if (current !== rendering) return;
    showError(e);
  }
}

/** A Dutch (or English) error with what to do, and a button to try again. */
function showError(e) {
  disposeCharts();
  const problem = e instanceof ApiError ? e.problem : e && e.title !== undefined ? e : {};
  const offline = problem.type === 'offline';
  main.replaceChildren(h('section', { class: 'error', role: 'alert' },
    h('h1', {}, problem.title && !offline ? problem.title : t('errorTitle')),
    h('p', {}, offline ? t('offline') : problem.detail || t('errorDetail')),
    problem.missing && problem.missing.length ? h('p', {}, t('missing', { types: problem.missing.join(', ') })) : null,
    h('button', { type: 'button', on: { click: () => render(!!problem.missing) } }, t('retry'))));
  main.focus();
}

function markNav(name) {
  const active = name === 'indicator' ? 'dashboard' : name === 'worklist' ? 'worklists' : name;
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (a.dataset.nav === active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

/** Static texts of index.html in the current language. */
function translatePage() {
  document.documentElement.lang = lang();
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.getElementById('app-nav').setAttribute('aria-label', t('mainMenu'));
  const button = document.getElementById('language');
  button.textContent = t('otherLanguage');
  button.lang = lang() === 'nl' ? 'en' : 'nl';
}

async function start() {
  translatePage();
  peildatumInput.max = today();
  peildatumInput.value = peildatum;
  peildatumInput.addEventListener('change', () => {
    if (!peildatumInput.value || !peildatumInput.checkValidity()) return;
    peildatum = peildatumInput.value;
    sessionStorage.setItem('spiegelbeeld.peildatum', peildatum);
    render();
  });
  document.getElementById('refresh').addEventListener('click', () => render(true));
  document.getElementById('language').addEventListener('click', () => {
    setLanguage(lang() === 'nl' ? 'en' : 'nl');
    translatePage();
    render();
  });
  window.addEventListener('hashchange', () => { render(); main.focus(); });
  try {
    const session = await get('/api/session');
    setCsrfToken(session.csrfToken);
    document.getElementById('practice-name').textContent = session.practice?.name ?? '';
    document.getElementById('user-name').textContent = session.userName ?? '';
  } catch (e) {
    showError(e);
    return;
  }
  render();
}

start();
