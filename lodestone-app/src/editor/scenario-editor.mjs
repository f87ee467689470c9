// The dashboard's scenario editor: CodeMirror 6 with YAML highlighting, line numbers and located
// problems marked at their lines, bundled into one classic script that sets window.ScenarioEditor
// (the dashboard loads it from its own origin, so the Content-Security-Policy's script-src 'self'
// allows it; CodeMirror's styles are inline <style> elements, allowed by style-src 'unsafe-inline').
// Made once when upgrading, as ../main/resources/org/lodestone/app/dashboard/vendor/codemirror/
// scenario-editor.min.js (versions and hashes in vendor/README.md):
//   npm install codemirror@6.0.2 @codemirror/lang-yaml@6.1.3 @codemirror/lint@6.9.8 esbuild@0.28.2
//   npx esbuild scenario-editor.mjs --bundle --minify --format=iife --legal-comments=eof \
//     --outfile=scenario-editor.min.js
import { basicSetup, EditorView } from 'codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';

// One editor in `parent` holding `text`; `onChange` is called after each edit.
function create(parent, text, onChange) {
  return new EditorView({
    doc: text,
    parent,
    extensions: [basicSetup, yaml(), lintGutter(),
      EditorView.updateListener.of((u) => { if (u.docChanged && onChange) { onChange(); } })],
  });
}

function text(view) {
  return view.state.doc.toString();
}

function replace(view, content) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: content } });
}

// Marks each problem ({line, column, message, severity}, lines and columns from 1) at its place;
// a problem without a line (or past the end) is marked on the first line.
function mark(view, problems) {
  const doc = view.state.doc;
  const diagnostics = problems.map((p) => {
    const line = doc.line(Math.min(Math.max(p.line || 1, 1), doc.lines));
    const from = Math.min(line.from + Math.max((p.column || 1) - 1, 0), line.to);
    return { from, to: Math.max(from, line.to), severity: p.severity === 'warning' ? 'warning' : 'error', message: p.message };
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

window.ScenarioEditor = { create, text, replace, mark };
