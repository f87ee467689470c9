'use strict';
// The overview page: the coalition's share per layer, the chokepoint ranking, one commodity's flows, the sources.

// The dates on which a coalition's membership changes, offered in the date field's list.
function membershipDates() {
  const list = $('membership-dates');
  list.innerHTML = '';
  const dates = new Set();
  state.stack.groups.forEach((g) => g.members.forEach((m) => [m.joined, m.left].filter(Boolean).forEach((d) => dates.add(d))));
  [...dates].sort().forEach((d) => option(list, d, 'membership changes'));
}

// The date field holds an ISO date (YYYY-MM-DD) whatever the browser's locale; anything else is refused.
function dateChanged() {
  const value = $('date').value.trim();
  const valid = ISO_DATE.test(value) && !Number.isNaN(Date.parse(value + 'T00:00:00Z'))
    && new Date(value + 'T00:00:00Z').toISOString().slice(0, 10) === value;
  $('date-error').textContent = valid ? '' : 'date "' + value + '": use YYYY-MM-DD, e.g. 2026-06-01';
  $('date').setAttribute('aria-invalid', String(!valid));
  if (valid) { overview(); }
}

function members() {
  const group = state.stack.groups.find((g) => g.id === $('coalition').value);
  const date = $('date').value;
  const now = (group ? group.members : []).filter((m) => (!m.joined || m.joined <= date) && (!m.left || m.left > date)).map((m) => m.region);
  $('members').textContent = 'Members on ' + date + ': ' + (now.join(', ') || 'none');
  return new Set(now);
}

function sources() {
  table($('source-table'), [['id', 'title', 'publisher', 'year', 'url']].concat(
    state.stack.sources.map((s) => [s.id, s.title, s.publisher || '', s.year || '', s.url || ''])));
  const list = $('source-list');
  list.innerHTML = '';
  state.stack.sources.forEach((s) => {
    const li = document.createElement('li');
    li.id = 'source-' + s.id;
    li.innerHTML = '<b></b> <span></span> ';
    li.querySelector('b').textContent = s.id;
    li.querySelector('span').textContent = s.title + (s.publisher ? ', ' + s.publisher : '') + (s.year ? ' (' + s.year + ')' : '');
    if (s.url) {
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.url;
      a.rel = 'noopener';
      li.appendChild(a);
    }
    list.appendChild(li);
  });
}

async function overview() {
  members();
  const [summary, ranking] = await Promise.all([api('/api/exposure?' + query()), api('/api/exposure?view=extraction&top=12&' + query())]);
  const layers = {};
  summary.commodities.forEach((c) => (layers[c.layer] = layers[c.layer] || []).push(c.coalition_share_pct));
  const names = Object.keys(layers);
  chart('layer-share').setOption({
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 50, right: 10, bottom: 60 },
    xAxis: { type: 'category', name: 'layer', data: names, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', min: 0, max: 100, name: '% of world output' },
    series: [
      { name: 'mean over its commodities', type: 'bar', data: names.map((l) => +(layers[l].reduce((a, b) => a + b, 0) / layers[l].length).toFixed(1)) },
      { name: 'weakest commodity', type: 'bar', data: names.map((l) => +Math.min(...layers[l]).toFixed(1)) }]
  }, true);
  drawRanking(ranking.ranking.slice().reverse(), members());
  await commodity();
}

const COLOURS = { member: '#1f6fb2', concern: '#b0433a', other: '#8a8f96' };

function side(region, inCoalition, ofConcern) {
  return inCoalition.has(region) ? 'member' : ofConcern.has(region) ? 'concern' : 'other';
}

// The chokepoint ranking: bars of coalition members blue, of countries of concern red, others grey.
function drawRanking(rows, inCoalition) {
  const ofConcern = concern();
  chart('chokepoints').setOption({
    tooltip: { trigger: 'axis' }, grid: { left: 170, right: 30, bottom: 40 },
    xAxis: { type: 'value', name: "% of the coalition's AI compute", nameLocation: 'middle', nameGap: 25, min: 0 },
    yAxis: { type: 'category', name: 'producer and commodity', data: rows.map((r) => r.region + ' ' + r.commodity) },
    series: [{ type: 'bar', name: 'AI compute lost', data: rows.map((r) => ({ value: r.target_lost_pct,
      itemStyle: { color: COLOURS[side(r.region, inCoalition, ofConcern)] } })) }]
  }, true);
  $('chokepoints').dataset.sides = rows.map((r) => side(r.region, inCoalition, ofConcern)).join(',');
}

async function commodity() {
  const data = await api('/api/stack?commodity=' + encodeURIComponent($('commodity').value));
  const c = data.commodity;
  const inCoalition = members();
  const world = c.world_quantity || 1;
  const totalUse = (c.uses || []).reduce((a, u) => a + u.quantity, 0) || 1;
  const nodes = [{ name: c.id }];
  const links = [];
  (c.producers || []).forEach((p) => {
    nodes.push({ name: p.region, itemStyle: { color: inCoalition.has(p.region) ? '#1f6fb2' : '#b0433a' } });
    links.push({ source: p.region, target: c.id, value: +(100 * p.quantity / world).toFixed(2) });
  });
  (c.uses || []).forEach((u) => {
    const name = 'to ' + u.buyer;
    nodes.push({ name });
    links.push({ source: c.id, target: name, value: +(100 * u.quantity / totalUse).toFixed(2) });
  });
  chart('sankey').setOption({ tooltip: { valueFormatter: (v) => v + '%' }, series: [{ type: 'sankey', data: nodes, links, emphasis: { focus: 'adjacency' }, label: { fontSize: 10 } }] }, true);
  drawMap(c, world, inCoalition);
  const ids = new Set();
  (c.producers || []).forEach((p) => p.sources.forEach((s) => ids.add(s)));
  const span = $('commodity-sources');
  span.innerHTML = '';
  ids.forEach((id) => {
    const a = document.createElement('a');
    a.className = 'source-link';
    a.href = '#source-' + id;
    a.textContent = id;
    span.appendChild(a);
  });
}
