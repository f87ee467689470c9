'use strict';
// The Lodestone dashboard: every number comes from the JSON API with the signed-in user's token.
// The other scripts (common.js, overview.js, map.js, editor.js, runs.js, compare.js) load before this one.

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
