// Charts through ECharts (canvas renderer: no inline styles or SVG for the CSP to refuse).
// Every chart container also carries a text alternative (role="img" + aria-label), and every
// figure in a chart is in a table or sentence beside it.

import { t, lang } from './i18n.js';
import { date } from './dom.js';

const BLUE = '#154273';
const GREY = '#6b7785';
let charts = [];

window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

/** Disposes every chart of the previous screen. */
export function disposeCharts() {
  charts.forEach((c) => c.dispose());
  charts = [];
}

function init(el, label, option) {
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  if (!window.echarts) return; // the text alternative still says it all
  const chart = window.echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'sans-serif', color: '#1d2733' },
    ...option,
  });
  charts.push(chart);
}

/** A chart figure in the current language: 14,8% in Dutch, 14.8% in English. */
function figure(value, suffix) {
  if (value === null || value === undefined) return '–';
  const text = new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(value);
  return `${text}${suffix}`;
}

function isRate(card) {
  return card.scoring !== 'cohort';
}

function unit(card) {
  return card.rateBase === 1000 ? '‰' : '%';
}

/** The card's small chart: the practice's earlier measurements beside the current one. */
export function trendChart(el, card, title) {
  const points = [...card.history, { referenceDate: card.referenceDate, rate: card.rate, measurePopulation: card.measurePopulation, current: true }];
  const values = points.map((p) => (isRate(card) ? p.rate : p.measurePopulation));
  const suffix = isRate(card) ? unit(card) : '';
  const labels = points.map((p) => date(p.referenceDate));
  const text = points.map((p, i) => `${labels[i]}${p.current ? ` (${t('current')})` : ''}: ${figure(values[i], suffix)}`).join('; ');
  init(el, t('chartLabel', { title, text }), {
    grid: { left: 72, right: 56, top: 4, bottom: 4 },
    xAxis: { type: 'value', max: isRate(card) && card.rateBase === 100 ? 100 : undefined, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: { type: 'category', data: labels, axisLabel: { fontSize: 11, color: '#4a5562' } },
    series: [{
      type: 'bar',
      data: values.map((v, i) => ({ value: v ?? 0, itemStyle: { color: points[i].current ? BLUE : GREY } })),
      label: { show: true, position: 'right', formatter: (p) => figure(values[p.dataIndex], suffix) },
      barMaxWidth: 18,
    }],
  });
}

/** A stratifier's chart: the rate (or, for a cohort, the count) per stratum. */
export function strataChart(el, stratifier, card) {
  const rate = isRate(card);
  const labels = stratifier.strata.map((s) => s.label);
  const values = stratifier.strata.map((s) => (rate ? s.rate : s.measurePopulation));
  const suffix = rate ? unit(card) : '';
  const text = stratifier.strata.map((s, i) => `${labels[i]}: ${figure(values[i], suffix)}`).join('; ');
  el.classList.add('chart-strata');
  init(el, t('chartLabel', { title: stratifier.title, text }), {
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: rate && card.rateBase === 100 ? 100 : undefined, axisLabel: { formatter: rate ? `{value}${unit(card)}` : '{value}' } },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [{
      type: 'bar',
      data: values.map((v) => v ?? 0),
      itemStyle: { color: BLUE },
      label: { show: true, position: 'right', formatter: (p) => figure(values[p.dataIndex], suffix) },
      barMaxWidth: 22,
    }],
  });
}

/** The group view's chart: one bar per practice (own highlighted), best-10% and median lines. */
export function groupChart(el, title, comparison) {
  const shown = comparison.practices.filter((p) => p.submitted && p.percentage !== null);
  const labels = shown.map((p) => p.practice);
  const values = shown.map((p) => p.percentage);
  const best = comparison.best10 ? comparison.best10.percentage : null;
  const median = comparison.distribution ? comparison.distribution.median : null;
  const text = `${shown.map((p, i) => `${labels[i]}${p.you ? ` (${t('groupYou')})` : ''}: ${figure(values[i], '%')}`).join('; ')}`
    + `; ${t('groupBest')}: ${figure(best, '%')}; ${t('groupMedian')}: ${figure(median, '%')}`;
  const lines = [];
  if (best !== null) lines.push({ xAxis: best, name: t('groupBest'), lineStyle: { color: '#1e6b35', type: 'dashed' }, label: { formatter: t('groupBest') } });
  if (median !== null) lines.push({ xAxis: median, name: t('groupMedian'), lineStyle: { color: '#7a4b00', type: 'dotted' }, label: { formatter: t('groupMedian') } });
  init(el, t('chartLabel', { title, text }), {
    grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
    // Up to 100%, but low figures (prevalences of a few percent) keep visible bars.
    xAxis: { type: 'value', min: 0, max: (v) => Math.min(100, Math.ceil(Math.max(v.max, best ?? 0, median ?? 0) / 10) * 10 + 10), axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [{
      type: 'bar',
      data: shown.map((p) => ({ value: p.percentage, itemStyle: { color: p.you ? BLUE : '#9aa5b1' } })),
      label: { show: true, position: 'right', formatter: (p) => figure(values[p.dataIndex], '%') },
      barMaxWidth: 22,
      markLine: { symbol: 'none', silent: true, data: lines },
    }],
  });
}
