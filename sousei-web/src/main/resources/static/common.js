// Shared helpers of the pages: labels, the API, numbers, CSV, colour scales and class breaks.
'use strict';
const sousei = window.sousei = window.sousei || {};
sousei.lang = document.body.dataset.lang;
sousei.messages = JSON.parse(document.body.dataset.messages || '{}');
sousei.t = key => sousei.messages[key] || key;
sousei.link = path => sousei.lang === 'zh-Hant' ? path : path + (path.includes('?') ? '&' : '?') + 'lang=' + sousei.lang;

sousei.getJson = async url => {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || response.status + ' ' + url);
  }
  return response.json();
};

const numberFormat = new Intl.NumberFormat(sousei.lang === 'zh-Hant' ? 'zh-TW' : sousei.lang, {maximumFractionDigits: 2});
sousei.format = v => v === null || v === undefined ? '–' : numberFormat.format(v);

// The observation schema, in the column order of the API's CSV answers.
sousei.CSV_COLUMNS = ['region_id', 'region_name', 'period', 'sex', 'age_group', 'category', 'value', 'status', 'dataset_id'];
sousei.toCsv = (rows, columns = sousei.CSV_COLUMNS) => {
  const cell = v => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  return [columns.join(',')].concat(rows.map(r => columns.map(c => cell(r[c])).join(','))).join('\n') + '\n';
};
sousei.download = (fileName, text) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], {type: 'text/csv;charset=utf-8'}));
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
};

// ColorBrewer YlGnBu (sequential) and PuOr (diverging); both readable with the common colour-vision deficiencies.
sousei.SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
sousei.DIVERGING = ['#b35806', '#f1a340', '#f7f7f7', '#998ec3', '#542788'];
sousei.isChange = indicator => /change|migration|growth/.test(indicator);

// Class breaks: the upper bounds of each class but the last.
sousei.breaks = (values, classes, method) => {
  const v = values.slice().sort((a, b) => a - b);
  if (v.length === 0) return [];
  if (method === 'equal') {
    const step = (v[v.length - 1] - v[0]) / classes;
    return Array.from({length: classes - 1}, (_, i) => v[0] + step * (i + 1));
  }
  if (method === 'jenks') return jenks(v, classes);
  return Array.from({length: classes - 1}, (_, i) => v[Math.min(v.length - 1, Math.floor(v.length * (i + 1) / classes))]);
};
// Fisher–Jenks natural breaks by dynamic programming (minimum within-class variance).
function jenks(v, k) {
  const n = v.length;
  if (n <= k) return v.slice(0, Math.max(0, n - 1));
  const lower = Array.from({length: n + 1}, () => new Array(k + 1).fill(0));
  const cost = Array.from({length: n + 1}, () => new Array(k + 1).fill(Infinity));
  for (let j = 1; j <= k; j++) { lower[1][j] = 1; cost[1][j] = 0; }
  for (let l = 2; l <= n; l++) {
    let s1 = 0, s2 = 0, w = 0, variance = 0;
    for (let m = 1; m <= l; m++) {
      const i3 = l - m + 1, val = v[i3 - 1];
      s2 += val * val; s1 += val; w++;
      variance = s2 - (s1 * s1) / w;
      const i4 = i3 - 1;
      if (i4 !== 0) {
        for (let j = 2; j <= k; j++) {
          if (cost[l][j] >= variance + cost[i4][j - 1]) { lower[l][j] = i3; cost[l][j] = variance + cost[i4][j - 1]; }
        }
      }
    }
    lower[l][1] = 1; cost[l][1] = variance;
  }
  const out = [];
  let kk = n;
  for (let j = k; j >= 2; j--) { const id = lower[kk][j] - 2; out.unshift(v[id]); kk = lower[kk][j] - 1; }
  return out;
}

// Pieces for an ECharts visualMap from breaks; a diverging scale is centred on zero.
sousei.pieces = (values, method, diverging) => {
  const colours = diverging ? sousei.DIVERGING : sousei.SEQUENTIAL;
  let breaks;
  if (diverging) {
    const neg = values.filter(x => x < 0), pos = values.filter(x => x > 0);
    const b = q => sousei.breaks(q, 2, method)[0];
    breaks = [neg.length ? b(neg) : -1e-9, -1e-9, 1e-9, pos.length ? b(pos) : 1e-9];
  } else {
    breaks = sousei.breaks(values, colours.length, method);
  }
  const bounds = [-Infinity].concat(breaks, [Infinity]);
  const pieces = colours.map((color, i) => ({min: bounds[i], max: bounds[i + 1], color,
    label: (i === 0 ? '< ' + sousei.format(bounds[1]) : i === colours.length - 1 ? '≥ ' + sousei.format(bounds[i])
      : sousei.format(bounds[i]) + ' – ' + sousei.format(bounds[i + 1]))}));
  if (diverging) {
    // the middle class holds exactly zero; its neighbours run to zero
    pieces[1].label = sousei.format(bounds[1]) + ' – 0';
    pieces[2].label = '0';
    pieces[3].label = '0 – ' + sousei.format(bounds[4]);
  }
  return pieces;
};

sousei.geoJson = layers => ({type: 'FeatureCollection', features: layers.flatMap(layer => {
  const name = Object.keys(layer.topology.objects)[0];
  return topojson.feature(layer.topology, layer.topology.objects[name]).features
    .map(f => ({type: 'Feature', id: f.id, properties: {name: f.id}, geometry: f.geometry}));
})});

sousei.table = (columns, rows) => {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  columns.forEach(c => { const th = document.createElement('th'); th.scope = 'col'; th.textContent = c.label;
    if (c.num) th.className = 'num'; head.appendChild(th); });
  const body = table.createTBody();
  rows.forEach(r => { const tr = body.insertRow(); columns.forEach(c => { const td = tr.insertCell();
    td.textContent = c.num ? sousei.format(r[c.key]) : (r[c.key] ?? ''); if (c.num) td.className = 'num'; }); });
  return table;
};
