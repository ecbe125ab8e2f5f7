// The typology map: regions grouped by /api/v1/benchmark/typology (k-means or Ward) on the default profile,
// coloured by cluster, each cluster described by the indicators whose mean z-score is furthest from zero.
'use strict';
(() => {
  const {$} = bench;
  const LEVEL = {TW: 'town', JP: 'municipality'};
  const defaults = {country: 'TW', k: '5', method: 'k-means'};
  const state = bench.readState(defaults);
  if (!LEVEL[state.country]) state.country = 'TW';
  $('country').value = state.country;
  $('k').value = state.k;
  if (!$('k').value) { $('k').value = defaults.k; state.k = defaults.k; }
  $('method-choice').value = state.method;
  if (!$('method-choice').value) { $('method-choice').value = defaults.method; state.method = defaults.method; }

  const map = bench.chart($('map'));
  let answer = null, rows = [], categories = [];
  const label = n => sousei.t('bench.typology.cluster') + ' ' + n;

  const traitText = (indicators, traits) => Object.entries(traits).map(([id, z]) =>
    bench.indicatorName(indicators, id) + ' ' + sousei.t(z >= 0 ? 'bench.typology.higher' : 'bench.typology.lower') + ' (z ' + (z >= 0 ? '+' : '') + sousei.format(z) + ')').join('; ');

  async function draw() {
    bench.saveState(state, defaults);
    $('error').hidden = true;
    const level = LEVEL[state.country];
    const q = new URLSearchParams({country: state.country, level, k: state.k, method: state.method, lang: sousei.lang});
    const [mapName, names, indicators, result] = await Promise.all([bench.mapOf(state.country, level),
      bench.regionNames(state.country, level), bench.indicators(), sousei.getJson('/api/v1/benchmark/typology?' + q)]);
    answer = result;
    categories = answer.clusters.map((c, i) => ({key: String(c.number), label: label(c.number), colour: bench.CATEGORICAL[i % bench.CATEGORICAL.length], count: c.size}));
    const unclassified = {key: 'none', label: sousei.t('bench.typology.unclassified'), colour: bench.NONE, count: answer.unclassified.length};
    rows = answer.clusters.flatMap(c => c.members.map(id => ({region_id: id, region_name: names[id] || id, cluster: c.number, category: String(c.number)})))
      .concat(answer.unclassified.map(id => ({region_id: id, region_name: names[id] || id, cluster: null, category: 'none'})));
    const byId = Object.fromEntries(rows.map(r => [r.region_id, r]));
    bench.categoryMap(map, mapName, rows, categories.concat([unclassified]), id => {
      const r = byId[id];
      return r ? r.region_name + '<br>' + (r.cluster ? label(r.cluster) : unclassified.label) : id;
    });
    bench.legend($('legend'), answer.unclassified.length ? categories.concat([unclassified]) : categories);
    const body = $('clusters').tBodies[0];
    body.innerHTML = '';
    answer.clusters.forEach((c, i) => {
      const tr = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = categories[i].colour;
      th.append(swatch, document.createTextNode(label(c.number)));
      tr.appendChild(th);
      tr.insertCell().textContent = sousei.format(c.size);
      tr.cells[1].className = 'num';
      tr.insertCell().textContent = traitText(indicators, c.traits);
      const examples = tr.insertCell();
      c.members.slice(0, 5).forEach((id, j) => {
        if (j) examples.append(sousei.lang === 'en' ? ', ' : '、');
        examples.appendChild(bench.regionLink(id, names[id]));
      });
      if (c.members.length > 5) examples.append(' …');
    });
    $('summary').textContent = answer.indicators.map(i => bench.indicatorName(indicators, i)).join(' · ')
      + ' · R² ' + sousei.format(answer.between_cluster_share);
    bench.sources($('map-panel').querySelector('.sources'), answer.indicators);
    actions.refresh();
    $('map').dataset.ready = 'true';
  }

  const actions = bench.actions($('map-panel'), {
    columns: [{key: 'region_id', label: 'region_id'}, {key: 'region_name', label: sousei.t('table.region')},
      {key: 'cluster', label: sousei.t('bench.typology.cluster')}],
    rows: () => rows, fileName: () => 'typology-' + state.country + '-k' + state.k + '-' + state.method + '.csv'});

  const fail = e => bench.fail($('error'), e);
  const update = () => { $('map').dataset.ready = 'false'; draw().catch(fail); };
  $('country').addEventListener('change', () => { state.country = $('country').value; update(); });
  $('k').addEventListener('change', () => { state.k = $('k').value; update(); });
  $('method-choice').addEventListener('change', () => { state.method = $('method-choice').value; update(); });
  bench.typologyMapState = () => bench.mapState(map, categories.map(c => c.colour));
  bench.typologyAnswer = () => answer;
  draw().catch(fail);
})();
