'use strict';
// The world map of the overview page.

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
