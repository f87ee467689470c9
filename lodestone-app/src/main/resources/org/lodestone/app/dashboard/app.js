'use strict';
// The Lodestone dashboard: every number comes from the JSON API with the signed-in user's token.

const state = { token: sessionStorage.getItem('lodestone.token') || '', stack: null, charts: {}, options: {}, coalition: null, editor: null };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const headers = Object.assign({ Authorization: 'Bearer ' + state.token }, options.headers || {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const text = await response.text();
  let body = text;
  try { body = text ? JSON.parse(text) : null; } catch (e) { /* not JSON: keep the text */ }
  if (!response.ok) {
    const error = new Error((body && body.detail) || response.statusText);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

function chart(id) {
  if (!state.charts[id]) {
    const c = echarts.init($(id), null, { renderer: 'svg' });
    // no drawing animation: a chart shows its whole series at once (and screenshots are complete)
    const set = c.setOption.bind(c);
    c.setOption = (opt, notMerge) => {
      state.options[id] = opt; // kept for the CSV download (exports.js)
      return set(Object.assign({ animation: false }, opt), notMerge);
    };
    state.charts[id] = c;
  }
  return state.charts[id];
}

function option(select, value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  select.appendChild(o);
}

function query() {
  return 'coalition=' + encodeURIComponent($('coalition').value) + '&date=' + encodeURIComponent($('date').value);
}

async function signIn() {
  state.token = $('token').value.trim() || state.token;
  try {
    const me = await api('/api/me');
    sessionStorage.setItem('lodestone.token', state.token);
    $('who').textContent = me.name + ' (' + me.role + ')';
    $('login').hidden = true;
    $('app').hidden = false;
    await start();
  } catch (e) {
    $('login-error').textContent = 'Sign-in failed: ' + e.message;
  }
}

async function start() {
  state.stack = await api('/api/stack');
  const coalition = $('coalition');
  coalition.innerHTML = '';
  state.stack.groups.forEach((g) => option(coalition, g.id, g.name));
  coalition.value = state.stack.default_coalition;
  $('date').value = $('date').value || new Date().toISOString().slice(0, 10);
  membershipDates();
  const commodity = $('commodity');
  commodity.innerHTML = '';
  state.stack.commodities.forEach((c) => option(commodity, c.id, c.name));
  commodity.value = state.stack.commodities.some((c) => c.id === 'rare-earth-oxide') ? 'rare-earth-oxide' : state.stack.commodities[0].id;
  sources();
  await Promise.all([overview(), scenarios().then(openScenario), runs()]);
}

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

// The world map: Natural Earth country shapes packaged with the app (no tiles, no network), the
// commodity's producers shaded by share of world output, members outlined blue and countries of
// concern red, and the chokepoints as diamonds (drawn where dashboard/map/chokepoints.json says).
async function worldMap() {
  if (!state.world) {
    const [shapes, places] = await Promise.all([fetch('/vendor/world/countries-110m.geo.json').then((r) => r.json()),
      fetch('/map/chokepoints.json').then((r) => r.json())]);
    echarts.registerMap('world', shapes);
    state.world = { names: Object.fromEntries(shapes.features.map((f) => [f.id, f.properties.name])), places: places.chokepoints };
  }
  return state.world;
}

function concern() {
  const group = state.stack.groups.find((g) => g.id === 'concern');
  return new Set(group ? group.members.map((m) => m.region) : []);
}

async function drawMap(c, world, inCoalition) {
  const map = await worldMap();
  const ofConcern = concern();
  const share = {};
  (c.producers || []).forEach((p) => (share[p.region] = +(100 * p.quantity / world).toFixed(2)));
  // one map series (no shared geo component: there ECharts 6 paints countries without data in the
  // series colour); members and countries of concern outlined, producers shaded by the visual map
  const outline = (region) => inCoalition.has(region) ? { borderColor: '#1f6fb2', borderWidth: 2 }
    : ofConcern.has(region) ? { borderColor: '#b0433a', borderWidth: 2 } : {};
  const data = Object.keys(map.names).filter((r) => share[r] !== undefined || inCoalition.has(r) || ofConcern.has(r))
    .map((r) => ({ name: r, value: share[r] === undefined ? NaN : share[r], itemStyle: outline(r) }));
  const max = Math.max(1, ...Object.values(share));
  chart('map').setOption({
    csvUnit: '% of world output',
    tooltip: { formatter: (p) => p.componentType === 'markPoint' ? 'chokepoint ' + p.name
      : (map.names[p.name] || p.name) + ' (' + p.name + '): ' + (p.value > 0 ? p.value.toFixed(1) + '% of world output' : 'no production')
        + (inCoalition.has(p.name) ? ', coalition member' : ofConcern.has(p.name) ? ', country of concern' : '') },
    visualMap: { min: 0, max, text: [max.toFixed(0) + '% of world output', '0%'], calculable: false, left: 10, bottom: 10,
      inRange: { color: ['#f3efe0', '#e0a040', '#8c2d04'] } },
    series: [{ type: 'map', map: 'world', nameProperty: 'iso3', roam: true, data,
      itemStyle: { areaColor: '#eeeeee', borderColor: '#bbbbbb' }, emphasis: { disabled: true },
      markPoint: { symbol: 'diamond', symbolSize: 10, itemStyle: { color: '#222' },
        label: { show: true, formatter: '{b}', position: 'right', fontSize: 9 },
        data: map.places.map((p) => ({ name: p.id, coord: [p.lon, p.lat] })) } }]
  }, true);
  $('map').dataset.countries = String(Object.keys(map.names).length);
}

async function scenarios() {
  const list = await api('/api/scenarios');
  const select = $('scenario');
  const current = select.value;
  select.innerHTML = '';
  list.forEach((s) => option(select, s.ref, s.ref + (s.title && s.title !== s.id ? ' — ' + s.title : '')));
  if (current) { select.value = current; }
}

// A new scenario's starting point when the selected one cannot be read.
const TEMPLATE = `lodestone: 1
name: my-scenario
description: What happens, to whom, from when
dataset: builtin:ai-stack
start: 2026-11-10
horizon: 365
coalition: pax-silica
events:
  - {type: logistics-disruption, chokepoint: malacca, share-blocked: 0.5, start: 2026-11-11, duration: 60}
`;

// Opens the selected scenario's YAML in the editor (a bundled or stored one), or the template.
async function openScenario() {
  const ref = $('scenario').value;
  let yaml = TEMPLATE;
  let id = 'my-scenario';
  if (ref) {
    try {
      const stored = ref.startsWith('store:') ? ref.slice('store:'.length) : ref;
      const s = await api('/api/scenarios/' + stored);
      yaml = s.yaml;
      id = s.id + (ref.startsWith('builtin:') ? '-copy' : '');
    } catch (e) {
      $('edit-status').textContent = 'could not read ' + ref + ' (' + e.message + '): a template instead';
    }
  }
  if (!state.editor) {
    state.editor = ScenarioEditor.create($('yaml'), yaml, () => ScenarioEditor.mark(state.editor, []));
  } else {
    ScenarioEditor.replace(state.editor, yaml);
  }
  ScenarioEditor.mark(state.editor, []);
  $('scenario-id').value = id;
  $('yaml').dataset.scenario = ref;
}

function yamlText() {
  return ScenarioEditor.text(state.editor);
}

// Shows the problems of a 400 answer in the status line and marks each at its line in the editor.
function problems(e) {
  const list = e.body && e.body.problems ? e.body.problems : [];
  $('edit-status').textContent = list.length ? list.map((p) => p.text || p.message).join('\n') : e.message;
  ScenarioEditor.mark(state.editor, list.map((p) => ({ line: p.line, column: p.column, severity: p.severity,
    message: (p.field ? p.field + ': ' : '') + p.message + (p.expected ? '; expected ' + p.expected : '') + (p.hint ? ' (' + p.hint + ')' : '') })));
  $('yaml').dataset.problems = String(list.length);
}

// A run's name: its scenario (without builtin:/store:) and, when the scenario ran more than once,
// which of its runs it is ("malacca-closure, run 2"); the time is in the tooltip only.
function runNames(list) {
  const seen = {};
  const total = {};
  list.forEach((r) => (total[r.scenario] = (total[r.scenario] || 0) + 1));
  const names = {};
  list.slice().sort((a, b) => a.created_at.localeCompare(b.created_at)).forEach((r) => {
    seen[r.scenario] = (seen[r.scenario] || 0) + 1;
    const bare = r.scenario.replace(/^(builtin|store):/, '');
    names[r.id] = total[r.scenario] > 1 ? bare + ', run ' + seen[r.scenario] : bare;
  });
  return names;
}

async function runs() {
  const list = (await api('/api/runs')).filter((r) => r.status === 'done');
  state.runNames = runNames(list);
  ['compare-a', 'compare-b'].forEach((id, i) => {
    const select = $(id);
    select.innerHTML = '';
    list.forEach((r) => {
      option(select, r.id, state.runNames[r.id]);
      select.lastChild.title = 'run ' + r.id + ', started ' + r.created_at.slice(0, 19).replace('T', ' ') + ' UTC by ' + r.owner;
    });
    if (list.length > i) { select.selectedIndex = i; }
  });
  await cards(list.slice(-6).reverse());
}

// The headline of a run's summary: the coalition's row of its one scenario, its value at risk
// and the first input to run out.
function headline(doc) {
  const s = doc.summary && doc.summary.scenarios ? doc.summary.scenarios[0] : null;
  if (!s) { return null; }
  const coalition = doc.summary.coalition;
  const row = s.rows.find((r) => r.region === coalition) || s.rows[0];
  const risk = (s.value_at_risk || []).find((v) => v.region === coalition);
  const out = (row.stock_outs || [])[0];
  return {
    delivered: row.delivered_pct, deepest: row.deepest_pct, deepestDay: row.deepest_day,
    shortfall: row.first_shortfall_day, shortfallDate: row.first_shortfall_date,
    risk: risk ? { usd: risk.value_added_lost_usd, year: risk.price_year } : null,
    stockOut: out ? out.commodity + ' on day ' + out.day + (out.date ? ' (' + out.date + ')' : '') : null,
    unit: doc.summary.final_commodity, coalition, horizon: s.horizon
  };
}

// A percentage with as many decimals as it needs to differ from 100%.
function pct(v) {
  return v === null || v === undefined ? 'n/a' : (v >= 99 && v < 100 ? v.toFixed(2) : v.toFixed(1)) + '%';
}

function usd(v) {
  return v >= 1e9 ? (v / 1e9).toFixed(2) + ' bn' : v >= 1e6 ? (v / 1e6).toFixed(2) + ' m' : Math.round(v).toLocaleString('en');
}

// Headline figures of the latest runs as cards (clicking one shows its charts), and the same
// figures as a table for the CSV download.
async function cards(list) {
  const docs = await Promise.all(list.map((r) => api('/api/runs/' + r.id)));
  const box = $('cards');
  box.innerHTML = '';
  const rows = [['run', 'coalition', 'delivered (% of baseline)', 'worst day (% of baseline)', 'first shortfall (day)',
    'value added at risk (USD)', 'price year', 'first stock-out']];
  docs.forEach((doc) => {
    const h = headline(doc);
    if (!h) { return; }
    const card = document.createElement('button');
    card.className = 'card';
    card.dataset.run = doc.id;
    const lines = [
      ['h4', state.runNames[doc.id] || doc.scenario],
      ['big', pct(h.delivered) + ' of baseline ' + h.unit],
      ['p', 'worst day ' + pct(h.deepest) + ' (day ' + h.deepestDay + ')'],
      ['p', h.shortfall === null ? 'no shortfall in ' + h.horizon + ' days' : 'first shortfall day ' + h.shortfall + (h.shortfallDate ? ' (' + h.shortfallDate + ')' : '')],
      ['p', h.risk ? 'value added at risk USD ' + usd(h.risk.usd) + ' (' + h.risk.year + ' dollars)' : 'value at risk: not valued'],
      ['p', h.stockOut ? 'first stock-out: ' + h.stockOut : 'no stock-out']];
    lines.forEach(([tag, text]) => {
      const el = document.createElement(tag === 'big' ? 'p' : tag);
      if (tag === 'big') { el.className = 'big'; }
      el.textContent = text;
      card.appendChild(el);
    });
    card.addEventListener('click', () => show(doc.id));
    box.appendChild(card);
    rows.push([state.runNames[doc.id] || doc.scenario, h.coalition, h.delivered, h.deepest, h.shortfall,
      h.risk ? Math.round(h.risk.usd) : '', h.risk ? h.risk.year : '', h.stockOut || '']);
  });
  table($('card-table'), rows);
}

// Fills a (hidden) table from rows, the first the header.
function table(el, rows) {
  el.innerHTML = '';
  rows.forEach((r, i) => {
    const tr = el.insertRow();
    r.forEach((v) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      cell.textContent = v === null || v === undefined ? '' : String(v);
      tr.appendChild(cell);
    });
  });
}

async function run() {
  $('run-status').textContent = 'starting…';
  $('progress').value = 0;
  try {
    const started = await api('/api/runs', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario: $('scenario').value, coalition: $('coalition').value, date: $('date').value }) });
    $('run-status').textContent = 'running ' + started.scenario;
    const status = await follow(started.id);
    $('run-status').textContent = status + ': ' + started.scenario;
    if (status === 'done') {
      await show(started.id);
      await runs();
    } else {
      const failed = await api('/api/runs/' + started.id);
      $('run-status').textContent = status + ': ' + (failed.error || '');
    }
  } catch (e) {
    $('run-status').textContent = 'error: ' + e.message;
  }
}

// Reads the run's server-sent events with fetch, so the token goes in a header, not the URL.
async function follow(id) {
  const response = await fetch('/api/runs/' + id + '/events', { headers: { Authorization: 'Bearer ' + state.token, Accept: 'text/event-stream' } });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let status = 'unknown';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) { return status; }
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = (block.match(/^event: ?(.*)$/m) || [])[1];
      const data = JSON.parse((block.match(/^data: ?(.*)$/m) || [, '{}'])[1]);
      if (event === 'progress') {
        $('progress').value = data.step / data.horizon;
      } else if (event === 'done') {
        $('progress').value = 1;
        status = data.status;
      }
    }
  }
}

function lines(series, prefix, coalition) {
  const isMain = (label) => label === coalition || label.endsWith(':' + coalition);
  // The coalition's lines first, so that the scrolling legend shows them on its first page.
  const labels = Object.keys(series).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  // Lines identical to three decimals are drawn once, named by all their labels ("CHN = DEU")
  const groups = new Map();
  labels.sort((a, b) => isMain(b) - isMain(a)).forEach((label) => {
    const data = series[prefix + label].map((v, day) => [day, +(100 * v).toFixed(3)]);
    const key = JSON.stringify(data);
    if (!groups.has(key)) { groups.set(key, { labels: [], data }); }
    groups.get(key).labels.push(label);
  });
  return [...groups.values()].map((g) => ({ name: g.labels.join(' = '), type: 'line', showSymbol: false,
    lineStyle: { width: g.labels.some(isMain) ? 3 : 1.2 }, data: g.data }));
}

// The day axis of a run's charts: days of the scenario, with the calendar date under each when the scenario has a start date.
function dayAxis(day0) {
  return { type: 'value', name: 'day of scenario', nameLocation: 'middle', nameGap: day0 ? 38 : 25,
    axisLabel: { formatter: (d) => (day0 ? d + '\n' + plusDays(day0, d) : String(d)) } };
}

function plusDays(iso, days) {
  const t = new Date(iso + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

function dayZero(doc) {
  const s = doc.summary && doc.summary.scenarios ? doc.summary.scenarios[0] : null;
  return s && s.start ? s.start : null;
}

async function show(id) {
  const [runDoc, data] = await Promise.all([api('/api/runs/' + id), api('/api/runs/' + id + '/series')]);
  const coalition = runDoc.summary ? runDoc.summary.coalition : $('coalition').value;
  const axes = { xAxis: dayAxis(dayZero(runDoc)), yAxis: { type: 'value', name: '% of baseline', scale: true }, tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 60 } };
  const compute = lines(data.series, 'compute:', coalition);
  chart('run-chart').setOption(Object.assign({ series: compute }, axes), true);
  chart('commodity-chart').setOption(Object.assign({ series: lines(data.series, 'commodity:', coalition) }, axes), true);
  $('run-chart').dataset.run = id;
  $('run-chart').dataset.lines = String(compute.length);
  $('run-chart').dataset.labels = String(compute.reduce((n, s) => n + s.name.split(' = ').length, 0));
  $('lines-note').textContent = compute.length < Number($('run-chart').dataset.labels)
    ? 'Regions with identical lines are drawn once, named together (e.g. "' + compute.find((s) => s.name.includes(' = ')).name.split(' = ').slice(0, 2).join(' = ') + '").' : '';
}

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
  chart('compare-chart').setOption({ tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { bottom: 60 }, xAxis: dayAxis(dayZero(data.a) === dayZero(data.b) ? dayZero(data.a) : null),
    yAxis: { type: 'value', name: '% of baseline', scale: true }, series }, true);
}

async function validate() {
  try {
    const r = await api('/api/validate', { method: 'POST', headers: { 'Content-Type': 'text/yaml' }, body: yamlText() });
    $('edit-status').textContent = 'valid: ' + r.name + ', ' + r.horizon + ' days, ' + r.events + ' events';
    ScenarioEditor.mark(state.editor, []);
    $('yaml').dataset.problems = '0';
    return true;
  } catch (e) {
    problems(e);
    return false;
  }
}

async function save() {
  const id = $('scenario-id').value.trim();
  const body = JSON.stringify({ id, yaml: yamlText() });
  const json = { 'Content-Type': 'application/json' };
  try {
    let saved;
    try {
      saved = await api('/api/scenarios', { method: 'POST', headers: json, body });
    } catch (e) {
      if (e.status !== 409) { throw e; }
      saved = await api('/api/scenarios/' + encodeURIComponent(id), { method: 'PUT', headers: json, body });
    }
    $('edit-status').textContent = 'saved ' + saved.ref + ' version ' + saved.version;
    await scenarios();
  } catch (e) {
    problems(e);
  }
}

function tabs(event) {
  document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('active', t === event.target));
  document.querySelectorAll('.page').forEach((p) => (p.hidden = p.id !== event.target.dataset.tab));
  Object.values(state.charts).forEach((c) => c.resize());
}

addDownloads();
$('sign-in').addEventListener('click', signIn);
$('token').addEventListener('keydown', (e) => { if (e.key === 'Enter') { signIn(); } });
document.querySelectorAll('.tab').forEach((t) => t.addEventListener('click', tabs));
$('coalition').addEventListener('change', overview);
$('date').addEventListener('change', dateChanged);
$('scenario').addEventListener('change', openScenario);
$('commodity').addEventListener('change', commodity);
$('run').addEventListener('click', run);
$('compare').addEventListener('click', compare);
$('validate').addEventListener('click', validate);
$('save').addEventListener('click', save);
window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
if (state.token) { signIn(); }
