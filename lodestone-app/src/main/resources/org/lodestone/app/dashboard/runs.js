'use strict';
// Runs: starting one and following its progress, the latest runs as cards, a run's charts.

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
// Rich text keeps the two lines of a label apart (a plain '\n' drew the day over its date), and the
// axis ends at the last day run instead of the next round number.
function dayAxis(day0) {
  return { type: 'value', name: 'day of scenario', nameLocation: 'middle', nameGap: day0 ? 44 : 25, min: 0, max: 'dataMax',
    axisLabel: { showMaxLabel: false, formatter: (d) => (day0 ? '{day|' + d + '}\n{date|' + plusDays(day0, d) + '}' : String(d)),
      rich: { day: { lineHeight: 15 }, date: { lineHeight: 15, color: '#555' } } } };
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
    legend: { type: 'scroll', top: 0 }, grid: { left: 50, right: 30, top: 64, bottom: 64 } };
  const compute = lines(data.series, 'compute:', coalition);
  chart('run-chart').setOption(Object.assign({ series: compute }, axes), true);
  chart('commodity-chart').setOption(Object.assign({ series: lines(data.series, 'commodity:', coalition) }, axes), true);
  $('run-chart').dataset.run = id;
  $('run-chart').dataset.lines = String(compute.length);
  $('run-chart').dataset.labels = String(compute.reduce((n, s) => n + s.name.split(' = ').length, 0));
  $('lines-note').textContent = compute.length < Number($('run-chart').dataset.labels)
    ? 'Regions with identical lines are drawn once, named together (e.g. "' + compute.find((s) => s.name.includes(' = ')).name.split(' = ').slice(0, 2).join(' = ') + '").' : '';
}
