// The composite index builder: indicators with polarity and weights, normalisation, weighting and aggregation
// go to /api/v1/benchmark/index; the answer is drawn as a map of scores, a ranking and Monte Carlo rank intervals.
'use strict';
(() => {
  const {$} = bench;
  const LEVEL = {TW: 'town', JP: 'municipality'};
  // Indicators offered per country (all exist at the default period of the benchmarks), with their usual polarity.
  const CANDIDATES = {
    TW: [['income.median', '+'], ['population.change_rate_5y', '+'], ['population.share_65_plus', '-'], ['population.share_0_14', '+'],
      ['population.net_migration_rate', '+'], ['population.crude_birth_rate', '+'], ['population.density', '+'], ['income.cv', '-']],
    JP: [['population.change_rate_5y', '+'], ['population.share_65_plus', '-'], ['population.share_0_14', '+'],
      ['employment.unemployment_rate', '-'], ['population.density', '+'], ['population.median_age', '-']],
  };
  const DEFAULT_TERMS = {TW: 'income.median,-population.share_65_plus,population.change_rate_5y',
    JP: 'population.change_rate_5y,-population.share_65_plus,-employment.unemployment_rate'};
  const params = new URLSearchParams(location.search);
  const country = CANDIDATES[params.get('country')] ? params.get('country') : 'TW';
  const defaults = {country: 'TW', indicators: DEFAULT_TERMS[country], weights: '', normalisation: 'min-max', weighting: 'equal',
    aggregation: 'arithmetic', uncertainty: '1000', sort: 'rank', dir: 'asc'};
  const state = bench.readState(defaults);
  state.country = country;
  ['country', 'normalisation', 'weighting', 'aggregation', 'uncertainty'].forEach(k => { $(k).value = state[k]; if (!$(k).value) $(k).selectedIndex = 0; state[k] = $(k).value; });

  const map = bench.chart($('map'));
  const intervals = bench.chart($('intervals'));
  let answer = null, rows = [], indicators = {};

  function drawTerms() {
    const chosen = Object.fromEntries(state.indicators.split(',').filter(Boolean).map(t => [t.replace(/^[-+]/, ''), t.startsWith('-') ? '-' : '+']));
    const weights = state.weights.split(',');
    const order = state.indicators.split(',').filter(Boolean).map(t => t.replace(/^[-+]/, ''));
    const list = $('terms');
    list.innerHTML = '';
    CANDIDATES[state.country].forEach(([id, polarity], i) => {
      const on = id in chosen;
      const weight = on && weights[order.indexOf(id)] ? weights[order.indexOf(id)] : '1';
      const li = document.createElement('li');
      li.dataset.indicator = id;
      li.innerHTML = '<label class="inline"><input type="checkbox" class="use"> <span></span></label>'
        + '<select class="polarity" aria-label=""><option value="+"></option><option value="-"></option></select>'
        + '<input type="range" class="weight" min="0" max="5" step="0.5" aria-label=""><output class="num"></output>';
      const name = indicators[id] ? indicators[id].name : id;
      li.querySelector('.use').checked = on;
      li.querySelector('.use').id = 'use-' + i;
      li.querySelector('span').textContent = name;
      const sel = li.querySelector('.polarity');
      sel.setAttribute('aria-label', sousei.t('bench.index.polarity') + ' – ' + name);
      sel.options[0].textContent = sousei.t('bench.index.polarity.positive');
      sel.options[1].textContent = sousei.t('bench.index.polarity.negative');
      sel.value = on ? chosen[id] : polarity;
      const range = li.querySelector('.weight');
      range.setAttribute('aria-label', sousei.t('bench.index.weight') + ' – ' + name);
      range.value = weight;
      li.querySelector('output').textContent = range.value;
      range.disabled = state.weighting !== 'user' || !on;
      li.querySelector('output').hidden = range.hidden = state.weighting !== 'user';
      list.appendChild(li);
    });
  }
  function readTerms() {
    const used = [...$('terms').children].filter(li => li.querySelector('.use').checked);
    state.indicators = used.map(li => (li.querySelector('.polarity').value === '-' ? '-' : '') + li.dataset.indicator).join(',');
    state.weights = state.weighting === 'user' ? used.map(li => li.querySelector('.weight').value).join(',') : '';
    used.forEach(li => { li.querySelector('output').textContent = li.querySelector('.weight').value; });
    [...$('terms').children].forEach(li => { li.querySelector('.weight').disabled = state.weighting !== 'user' || !li.querySelector('.use').checked; });
  }

  const query = extra => {
    const q = new URLSearchParams({country: state.country, level: LEVEL[state.country], indicators: state.indicators,
      normalisation: state.normalisation, aggregation: state.aggregation, lang: sousei.lang});
    if (state.weighting === 'user') { q.set('weighting', 'user'); q.set('weights', state.weights); } else q.set('weighting', state.weighting);
    if (state.uncertainty !== '0') q.set('uncertainty', state.uncertainty);
    Object.entries(extra || {}).forEach(([k, v]) => q.set(k, v));
    return q;
  };
  const save = () => bench.saveState(state, defaults);
  const range = r => r.rank_p05 === null || r.rank_p05 === undefined ? '–' : sousei.format(r.rank_p05) + '–' + sousei.format(r.rank_p95);
  const columns = [
    {key: 'rank', label: sousei.t('table.rank'), num: true},
    {key: 'region_name', label: sousei.t('table.region'), render: r => bench.regionLink(r.region_id, r.region_name)},
    {key: 'score', label: sousei.t('bench.index.score'), num: true},
    {key: 'rank_p05', label: sousei.t('bench.index.range'), num: true, render: range},
    {key: 'rank_median', label: sousei.t('bench.index.median'), num: true}];
  const drawRanks = bench.sortableTable($('ranks'), columns, state, () => { save(); drawRanks(rows); });

  async function draw() {
    save();
    $('error').hidden = true;
    if (!state.indicators) { $('summary').textContent = sousei.t('bench.index.none'); return; }
    const [mapName, result] = await Promise.all([bench.mapOf(state.country, LEVEL[state.country]), sousei.getJson('/api/v1/benchmark/index?' + query())]);
    answer = result;
    rows = answer.scores;
    const byId = Object.fromEntries(rows.map(r => [r.region_id, r]));
    const pieces = sousei.pieces(rows.map(r => r.score), 'quantile', false);
    map.setOption({
      tooltip: {trigger: 'item', formatter: p => { const r = byId[p.name]; return r ? r.region_name + '<br>' + sousei.t('table.rank') + ' ' + r.rank + ' · ' + sousei.format(r.score) : p.name; }},
      visualMap: {type: 'piecewise', pieces, left: 8, bottom: 8, itemWidth: 14, itemHeight: 10, textStyle: {fontSize: 11}, outOfRange: {color: '#cccccc'}},
      series: [{type: 'map', map: mapName, roam: true, nameProperty: 'name', selectedMode: false,
        itemStyle: {borderColor: '#ffffff', borderWidth: 0.4, areaColor: '#e6e6e6'},
        emphasis: {label: {show: false}, itemStyle: {areaColor: '#ffd43d'}},
        data: rows.map(r => ({name: r.region_id, value: r.score}))}],
    }, true);
    drawRanks(rows);
    const weights = answer.indicators.map(i => (i.polarity === 'negative' ? '−' : '+') + bench.indicatorName(indicators, i.indicator) + ' ' + sousei.format(i.weight)).join(' · ');
    $('summary').textContent = sousei.format(rows.length) + ' ' + sousei.t('explore.regions') + ' · ' + weights
      + (answer.mean_absolute_rank_shift === null || answer.mean_absolute_rank_shift === undefined ? ''
        : ' · ' + sousei.t('bench.index.shift') + ' ' + sousei.format(answer.mean_absolute_rank_shift))
      + (answer.unscored.length ? ' · ' + sousei.t('bench.index.unscored') + ' ' + answer.unscored.length : '');
    $('intervals-panel').hidden = state.uncertainty === '0';
    if (state.uncertainty !== '0') {
      intervals.resize();
      intervals.setOption({
        grid: {left: 48, right: 16, top: 16, bottom: 32},
        tooltip: {trigger: 'axis', formatter: ps => { const r = rows[ps[0].dataIndex]; return r.region_name + '<br>' + sousei.t('table.rank') + ' ' + r.rank + ' (' + range(r) + ')'; }},
        xAxis: {type: 'category', name: sousei.t('table.rank'), nameLocation: 'middle', nameGap: 18, data: rows.map(r => r.rank), axisLabel: {show: false}, axisTick: {show: false}},
        yAxis: {type: 'value', inverse: true, min: 1, max: rows.length, name: sousei.t('bench.index.range')},
        series: [{type: 'bar', stack: 'r', silent: true, itemStyle: {color: 'transparent'}, data: rows.map(r => r.rank_p05)},
          {type: 'bar', stack: 'r', barCategoryGap: '0%', itemStyle: {color: '#41b6c4'}, data: rows.map(r => Math.max(0.5, r.rank_p95 - r.rank_p05))},
          {type: 'scatter', symbolSize: 2, itemStyle: {color: '#253494'}, data: rows.map(r => r.rank)}],
      }, true);
    }
    bench.sources($('map-panel').querySelector('.sources'), answer.indicators.map(i => i.indicator));
    bench.sources($('intervals-panel').querySelector('.sources'), answer.indicators.map(i => i.indicator));
    $('download').href = '/api/v1/benchmark/index?' + query({format: 'csv'});
    $('download').setAttribute('download', 'index-' + state.country + '.csv');
    mapActions.refresh();
    intervalActions.refresh();
    $('map').dataset.ready = 'true';
  }

  const mapActions = bench.actions($('map-panel'), {
    columns: [{key: 'region_id', label: 'region_id'}, {key: 'region_name', label: sousei.t('table.region')},
      {key: 'score', label: sousei.t('bench.index.score'), num: true}, {key: 'rank', label: sousei.t('table.rank'), num: true}],
    rows: () => rows, fileName: () => 'index-map-' + state.country + '.csv'});
  const intervalActions = bench.actions($('intervals-panel'), {
    columns: [{key: 'region_id', label: 'region_id'}, {key: 'region_name', label: sousei.t('table.region')},
      {key: 'rank', label: sousei.t('table.rank'), num: true}, {key: 'rank_p05', label: 'P5', num: true},
      {key: 'rank_median', label: sousei.t('bench.index.median'), num: true}, {key: 'rank_p95', label: 'P95', num: true}],
    rows: () => rows, fileName: () => 'index-rank-intervals-' + state.country + '.csv'});

  const fail = e => bench.fail($('error'), e);
  const update = bench.debounce(() => { $('map').dataset.ready = 'false'; draw().catch(fail); }, 400);
  $('terms').addEventListener('input', () => { readTerms(); update(); });
  ['normalisation', 'aggregation', 'uncertainty'].forEach(k => $(k).addEventListener('change', () => { state[k] = $(k).value; update(); }));
  $('weighting').addEventListener('change', () => { state.weighting = $('weighting').value; drawTerms(); readTerms(); update(); });
  $('country').addEventListener('change', () => {
    state.country = $('country').value;
    state.indicators = DEFAULT_TERMS[state.country];
    defaults.indicators = DEFAULT_TERMS[state.country];
    state.weights = '';
    drawTerms();
    update();
  });
  bench.indexAnswer = () => answer;
  bench.indicators().then(all => { indicators = all; drawTerms(); return draw(); }).catch(fail);
})();
