'use strict';
// The Lodestone dashboard: every number comes from the JSON API with the signed-in user's token.

const state = { token: sessionStorage.getItem('lodestone.token') || '', stack: null, charts: {}, coalition: null };
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
    c.setOption = (opt, notMerge) => set(Object.assign({ animation: false }, opt), notMerge);
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
  const commodity = $('commodity');
  commodity.innerHTML = '';
  state.stack.commodities.forEach((c) => option(commodity, c.id, c.name));
  commodity.value = state.stack.commodities.some((c) => c.id === 'rare-earth-oxide') ? 'rare-earth-oxide' : state.stack.commodities[0].id;
  sources();
  await Promise.all([overview(), scenarios(), runs()]);
}

function members() {
  const group = state.stack.groups.find((g) => g.id === $('coalition').value);
  const date = $('date').value;
  const now = (group ? group.members : []).filter((m) => (!m.joined || m.joined <= date) && (!m.left || m.left > date)).map((m) => m.region);
  $('members').textContent = 'Members on ' + date + ': ' + (now.join(', ') || 'none');
  return new Set(now);
}

function sources() {
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
    xAxis: { type: 'category', data: names, axisLabel: { rotate: 30 } }, yAxis: { type: 'value', max: 100, name: '%' },
    series: [
      { name: 'mean over its commodities', type: 'bar', data: names.map((l) => +(layers[l].reduce((a, b) => a + b, 0) / layers[l].length).toFixed(1)) },
      { name: 'weakest commodity', type: 'bar', data: names.map((l) => +Math.min(...layers[l]).toFixed(1)) }]
  }, true);
  const rows = ranking.ranking.slice().reverse();
  chart('chokepoints').setOption({
    tooltip: { trigger: 'axis' }, grid: { left: 170, right: 20, bottom: 30 },
    xAxis: { type: 'value', name: '% lost' }, yAxis: { type: 'category', data: rows.map((r) => r.region + ' ' + r.commodity) },
    series: [{ type: 'bar', data: rows.map((r) => r.target_lost_pct) }]
  }, true);
  await commodity();
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
  chart('sankey').setOption({ tooltip: {}, series: [{ type: 'sankey', data: nodes, links, emphasis: { focus: 'adjacency' }, label: { fontSize: 10 } }] }, true);
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

async function runs() {
  const list = (await api('/api/runs')).filter((r) => r.status === 'done');
  ['compare-a', 'compare-b'].forEach((id, i) => {
    const select = $(id);
    select.innerHTML = '';
    list.forEach((r) => option(select, r.id, r.scenario + ' · ' + r.created_at.slice(0, 19).replace('T', ' ')));
    if (list.length > i) { select.selectedIndex = i; }
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
  return labels.sort((a, b) => isMain(b) - isMain(a)).map((label) => {
    const main = isMain(label);
    return { name: label, type: 'line', showSymbol: false, lineStyle: { width: main ? 3 : 1.2 },
      data: series[prefix + label].map((v, day) => [day, +(100 * v).toFixed(3)]) };
  });
}

async function show(id) {
  const [runDoc, data] = await Promise.all([api('/api/runs/' + id), api('/api/runs/' + id + '/series')]);
  const coalition = runDoc.summary ? runDoc.summary.coalition : $('coalition').value;
  const axes = { xAxis: { type: 'value', name: 'day' }, yAxis: { type: 'value', name: '%', scale: true }, tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 40 } };
  const compute = lines(data.series, 'compute:', coalition);
  chart('run-chart').setOption(Object.assign({ series: compute }, axes), true);
  chart('commodity-chart').setOption(Object.assign({ series: lines(data.series, 'commodity:', coalition) }, axes), true);
  $('run-chart').dataset.run = id;
  $('run-chart').dataset.lines = String(compute.length);
}

async function compare() {
  const a = $('compare-a').value;
  const b = $('compare-b').value;
  const data = await api('/api/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b));
  const coalition = data.a.summary ? data.a.summary.coalition : $('coalition').value;
  const pair = data.series['compute:' + coalition];
  const series = pair ? [
    { name: 'A ' + data.a.scenario, type: 'line', showSymbol: false, data: pair.a.map((v, d) => [d, 100 * v]) },
    { name: 'B ' + data.b.scenario, type: 'line', showSymbol: false, lineStyle: { type: 'dashed' }, data: pair.b.map((v, d) => [d, 100 * v]) }] : [];
  chart('compare-chart').setOption({ tooltip: { trigger: 'axis' }, legend: { top: 0 }, xAxis: { type: 'value', name: 'day' },
    yAxis: { type: 'value', name: '%', scale: true }, series }, true);
}

async function validate() {
  try {
    const r = await api('/api/validate', { method: 'POST', headers: { 'Content-Type': 'text/yaml' }, body: $('yaml').value });
    $('edit-status').textContent = 'valid: ' + r.name + ', ' + r.horizon + ' days, ' + r.events + ' events';
    return true;
  } catch (e) {
    $('edit-status').textContent = e.body && e.body.problems ? e.body.problems.map((p) => p.text || p.message).join('\n') : e.message;
    return false;
  }
}

async function save() {
  const id = $('scenario-id').value.trim();
  const body = JSON.stringify({ id, yaml: $('yaml').value });
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
    $('edit-status').textContent = e.body && e.body.problems ? e.body.problems.map((p) => p.text || p.message).join('\n') : e.message;
  }
}

function tabs(event) {
  document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('active', t === event.target));
  document.querySelectorAll('.page').forEach((p) => (p.hidden = p.id !== event.target.dataset.tab));
  Object.values(state.charts).forEach((c) => c.resize());
}

$('sign-in').addEventListener('click', signIn);
$('token').addEventListener('keydown', (e) => { if (e.key === 'Enter') { signIn(); } });
document.querySelectorAll('.tab').forEach((t) => t.addEventListener('click', tabs));
$('coalition').addEventListener('change', overview);
$('date').addEventListener('change', overview);
$('commodity').addEventListener('change', commodity);
$('run').addEventListener('click', run);
$('compare').addEventListener('click', compare);
$('validate').addEventListener('click', validate);
$('save').addEventListener('click', save);
window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
if (state.token) { signIn(); }
