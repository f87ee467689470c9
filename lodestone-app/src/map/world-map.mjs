// Makes ../main/resources/org/lodestone/app/dashboard/vendor/world/countries-110m.geo.json from
// world-atlas@2.0.2 (Natural Earth 1:110m Admin 0 countries, public domain) and the ISO 3166-1
// numeric to alpha-3 table of i18n-iso-countries@7.14.0 (MIT). Run once when upgrading:
//   npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0 topojson-client@3.1.0, unpack each, then
//   node world-map.mjs ATLAS_DIR CODES_DIR TOPOJSON_CLIENT_DIR OUT_FILE
// Each country becomes a GeoJSON feature with id and properties.iso3 (ISO 3166-1 alpha-3) and
// properties.name; coordinates are rounded to 0.01 degree, rings crossing 180° unwrapped. Antarctica and the three shapes
// without an ISO code (N. Cyprus, Somaliland, Kosovo) are left out. Singapore is too small for
// 1:110m: it is drawn as a marker, a diamond of 1.2 degrees around its centre (marker: true).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [atlasDir, codesDir, clientDir, out] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const topojson = require(clientDir + '/dist/topojson-client.js');
const topology = JSON.parse(readFileSync(atlasDir + '/countries-110m.json', 'utf8'));
const alpha3 = Object.fromEntries(JSON.parse(readFileSync(codesDir + '/codes.json', 'utf8')).map((c) => [c[2], c[1]]));
const round = (v) => Array.isArray(v) ? v.map(round) : Math.round(v * 100) / 100;
// Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180; unwrapped, their
// longitudes stay continuous (past 180) and a flat map clips them instead of drawing a band.
const unwrap = (ring) => {
  let shift = 0;
  return ring.map((p, i) => {
    const step = i > 0 ? p[0] - ring[i - 1][0] : 0;
    shift += step > 180 ? -360 : step < -180 ? 360 : 0;
    return [p[0] + shift, p[1]];
  });
};
const unwrapGeometry = (g) => g.type === 'Polygon' ? g.coordinates.map(unwrap) : g.coordinates.map((polygon) => polygon.map(unwrap));

const features = topojson.feature(topology, topology.objects.countries).features
  .filter((f) => alpha3[f.id] && alpha3[f.id] !== 'ATA')
  .map((f) => ({ type: 'Feature', id: alpha3[f.id],
    properties: { iso3: alpha3[f.id], name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(unwrapGeometry(f.geometry)) } }));
const [lon, lat, r] = [103.82, 1.35, 0.6];
features.push({ type: 'Feature', id: 'SGP', properties: { iso3: 'SGP', name: 'Singapore', marker: true },
  geometry: { type: 'Polygon', coordinates: [[[lon, lat + r], [lon + r, lat], [lon, lat - r], [lon - r, lat], [lon, lat + r]]] } });
features.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection',
  source: 'Natural Earth 1:110m Admin 0 countries (public domain) via world-atlas@2.0.2 countries-110m.json',
  features }) + '\n');
console.log(features.length + ' countries written to ' + out);
