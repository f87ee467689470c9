'use strict';
// The dashboard's shared pieces: state, the JSON API with the signed-in user's token, charts, number formats.

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

// A percentage with as many decimals as it needs to differ from 100%.
function pct(v) {
  return v === null || v === undefined ? 'n/a' : (v >= 99 && v < 100 ? v.toFixed(2) : v.toFixed(1)) + '%';
}

function usd(v) {
  return v >= 1e9 ? (v / 1e9).toFixed(2) + ' bn' : v >= 1e6 ? (v / 1e6).toFixed(2) + ' m' : Math.round(v).toLocaleString('en');
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
