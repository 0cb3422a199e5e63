// Every worklist with its size and review progress, from the dashboard's cards.
import { h } from '../dom.js';
import { t, pick } from '../i18n.js';

export function renderWorklists(main, dashboard) {
  main.append(h('h1', {}, t('worklists')), h('p', {}, t('worklistsIntro')));
  for (const m of dashboard.modules) {
    const cards = m.cards.filter((c) => c.worklist);
    if (!cards.length) continue;
    main.append(h('h2', {}, pick(m.title)), h('ul', { class: 'worklists' }, cards.map((c) => h('li', {},
      h('a', { href: `#/worklist/${c.id}` }, c.worklist.title),
      ` — ${t('reviewedOf', { r: c.worklist.reviewed, n: c.worklist.size })} (${c.id})`))));
  }
}
