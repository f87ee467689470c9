'use strict';
// The scenario editor: opens, validates and saves a scenario's YAML (CodeMirror, scenario-editor.min.js).

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
