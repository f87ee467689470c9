'use strict';
// Comparing two runs.

async function compare() {
  const a = $('compare-a').value;
  const b = $('compare-b').value;
  const data = await api('/api/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b));
  const coalition = data.a.summary ? data.a.summary.coalition : $('coalition').value;
  const pair = data.series['compute:' + coalition];
  const name = (doc) => (state.runNames && state.runNames[doc.id]) || doc.scenario;
  const series = pair ? [
    { name: 'A ' + name(data.a), type: 'line', showSymbol: false, data: pair.a.map((v, d) => [d, 100 * v]) },
    { name: 'B ' + name(data.b), type: 'line', showSymbol: false, lineStyle: { type: 'dashed' }, data: pair.b.map((v, d) => [d, 100 * v]) }] : [];
  chart('compare-chart').setOption({ tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 64, right: 30, bottom: 64 }, xAxis: dayAxis(dayZero(data.a) === dayZero(data.b) ? dayZero(data.a) : null),
    yAxis: { type: 'value', name: '% of baseline', scale: true }, series }, true);
}
