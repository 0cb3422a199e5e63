// Registration quality: what could not be used, with counts and examples to fix in the HIS.
import { h } from '../dom.js';
import { t, pick, count, lang } from '../i18n.js';

/** FHIR resource types in the words of the HIS. */
const RECORD_TYPES = {
  nl: { Patient: 'Patiënt', Condition: 'Probleem', EpisodeOfCare: 'Episode', MedicationRequest: 'Medicatieafspraak', Medication: 'Geneesmiddel', Observation: 'Labuitslag' },
  en: { Patient: 'Patient', Condition: 'Problem', EpisodeOfCare: 'Episode', MedicationRequest: 'Medication agreement', Medication: 'Medication', Observation: 'Lab result' },
};

function recordType(type) {
  return RECORD_TYPES[lang()][type] ?? type;
}

export function renderQuality(main, quality) {
  main.append(h('h1', {}, t('quality')), h('p', {}, t('qualityIntro')));
  if (!quality.kinds.length) {
    main.append(h('p', {}, t('qualityNone')));
    return;
  }
  main.append(h('table', { class: 'data quality' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('problem')), h('th', { scope: 'col', class: 'num' }, t('count')),
      h('th', { scope: 'col' }, t('examples')))),
    h('tbody', {}, quality.kinds.map((k) => h('tr', { 'data-kind': k.code },
      h('th', { scope: 'row' }, pick(k.label)),
      h('td', { class: 'num' }, count(k.count)),
      h('td', {}, k.examples.length ? h('ul', { class: 'examples' }, k.examples.map((e) => h('li', {},
        e.patientName ? `${e.patientName}${e.hisNumber ? ` (${e.hisNumber})` : ''}` : t('noPatient'),
        ` — ${recordType(e.resourceType)}`, e.resourceId ? h('span', { class: 'resource-id' }, ` ${e.resourceId}`) : null,
        e.detail ? ` · ${t('code')}: ${e.detail}` : ''))) : '–'))))));
}
