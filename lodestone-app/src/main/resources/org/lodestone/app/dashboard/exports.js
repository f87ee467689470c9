'use strict';
// CSV and PNG downloads for every chart and table of the dashboard. A chart's CSV is made from the
// option it was last drawn with (one row per category, day or node; one column per series, with
// the axis names as units), so what is downloaded is what is shown.

// The rows of a chart's option: a header, then one row per point.
function chartRows(opt) {
  const series = [].concat(opt.series || []);
  const first = series[0] || {};
  const unit = (axis) => (axis && axis.name ? ' (' + axis.name + ')' : '');
  if (first.type === 'sankey') {
    return [['source', 'target', 'value (% of the commodity)']].concat(first.links.map((l) => [l.source, l.target, l.value]));
  }
  if (first.type === 'map') {
    return [['region', 'value' + (opt.csvUnit ? ' (' + opt.csvUnit + ')' : '')]].concat(
      first.data.filter((d) => !Number.isNaN(d.value)).map((d) => [d.name, d.value]));
  }
  const category = [opt.xAxis, opt.yAxis].find((a) => a && a.type === 'category');
  const value = [opt.xAxis, opt.yAxis].find((a) => a && a.type === 'value' && a !== category);
  if (category) {
    const head = [category.name || 'category'].concat(series.map((s) => (s.name || 'value') + unit(value)));
    return [head].concat(category.data.map((c, i) => [c].concat(series.map((s) => plain(s.data[i])))));
  }
  // [x, y] series (days): one row per x, one column per series
  const xs = new Map();
  series.forEach((s, k) => s.data.forEach(([x, y]) => {
    if (!xs.has(x)) { xs.set(x, new Array(series.length).fill('')); }
    xs.get(x)[k] = y;
  }));
  const head = [(opt.xAxis && opt.xAxis.name) || 'x'].concat(series.map((s) => (s.name || 'value') + unit(opt.yAxis)));
  return [head].concat([...xs.keys()].sort((a, b) => a - b).map((x) => [x].concat(xs.get(x))));
}

function plain(point) {
  return point !== null && typeof point === 'object' ? point.value : point;
}

function csvText(rows) {
  const cell = (v) => {
    const s = v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v)) ? '' : String(v);
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

// The CSV of a chart (by element id) or of a table.
function dashboardCsv(id) {
  const el = document.getElementById(id);
  if (el.tagName === 'TABLE') {
    return csvText([...el.rows].map((tr) => [...tr.cells].map((td) => td.dataset.value || td.textContent.trim())));
  }
  return csvText(chartRows(state.options[id]));
}

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// A PNG of a chart: its SVG drawn on a white canvas at twice the size, for slides and documents.
function chartPng(id) {
  const c = state.charts[id];
  const svg = c.renderToSVGString();
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = 2 * c.getWidth();
      canvas.height = 2 * c.getHeight();
      const g = canvas.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(resolve, 'image/png');
    };
    image.onerror = reject;
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  });
}

// Adds "CSV" and "PNG" buttons to the caption of every figure holding a chart or a table.
function addDownloads() {
  document.querySelectorAll('figure').forEach((figure) => {
    const target = figure.querySelector('.chart, table');
    const caption = figure.querySelector('figcaption');
    if (!target || !caption || caption.querySelector('.downloads')) { return; }
    const span = document.createElement('span');
    span.className = 'downloads';
    const button = (label, action) => {
      const b = document.createElement('button');
      b.textContent = label;
      b.dataset.download = label.toLowerCase();
      b.addEventListener('click', action);
      span.appendChild(b);
    };
    button('CSV', () => download(target.id + '.csv', new Blob([dashboardCsv(target.id)], { type: 'text/csv' })));
    if (target.tagName !== 'TABLE') {
      button('PNG', async () => download(target.id + '.png', await chartPng(target.id)));
    }
    caption.appendChild(span);
  });
}
