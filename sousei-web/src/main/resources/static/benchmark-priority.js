// The priority-area screen: the rule's thresholds, a map of the towns it selects (coloured by the criteria they
// meet), its totals beside the published facts, and the list. The rule lives in the URL.
'use strict';
(() => {
  const {$} = bench;
  const RULE = ['change_rate_max', 'population_max', 'income_max', 'criteria'];
  const defaults = Object.fromEntries(RULE.map(k => [k, String(Number($(k).dataset.default))]));
  Object.assign(defaults, {only: '', sort: 'criteria', dir: 'desc'});
  const state = bench.readState(defaults);
  RULE.forEach(k => { $(k).value = state[k]; });
  $('only').checked = state.only === '1';

  // What a selected town met, as one category of the map; the others are "not selected".
  const CATEGORIES = [
    {key: 'all', colour: '#D55E00'}, {key: 'declining_small', colour: '#E69F00'},
    {key: 'declining_low_income', colour: '#CC79A7'}, {key: 'small_low_income', colour: '#0072B2'},
    {key: 'one', colour: '#56B4E9'}, {key: 'none', colour: bench.NONE}]
    .map(c => ({...c, label: sousei.t('bench.priority.cat.' + c.key)}));
  const category = r => {
    if (!r.selected) return 'none';
    const met = [r.declining, r.small, r.low_income].filter(Boolean).length;
    if (met === 3) return 'all';
    if (met === 1) return 'one';
    return r.declining && r.small ? 'declining_small' : r.declining ? 'declining_low_income' : 'small_low_income';
  };
  const criteriaText = r => [['declining', 'bench.priority.declining'], ['small', 'bench.priority.small'], ['low_income', 'bench.priority.low_income']]
    .filter(([k]) => r[k]).map(([, label]) => sousei.t(label)).join(' · ');

  const map = bench.chart($('map'));
  let answer = null, rows = [];
  const columns = [
    {key: 'region_name', label: sousei.t('table.region'), render: r => bench.regionLink(r.region_id, r.region_name)},
    {key: 'selected', label: sousei.t('bench.priority.selected'), sortValue: r => r.selected ? 1 : 0, render: r => r.selected ? '✓ ' + sousei.t('bench.yes') : '–'},
    {key: 'criteria', label: sousei.t('bench.priority.met'), sortValue: r => r.met, render: criteriaText},
    {key: 'population', label: sousei.t('bench.priority.col.population'), num: true},
    {key: 'population_change_rate_percent', label: sousei.t('bench.priority.col.change'), num: true},
    {key: 'median_income_thousand_twd', label: sousei.t('bench.priority.col.income'), num: true},
    {key: 'area_km2', label: sousei.t('bench.priority.col.area'), num: true}];
  const drawList = bench.sortableTable($('list'), columns, state, () => { save(); drawRows(); });
  const drawRows = () => drawList($('only').checked ? rows.filter(r => r.selected) : rows);

  const query = extra => {
    const q = new URLSearchParams({country: 'TW', lang: sousei.lang});
    RULE.forEach(k => q.set(k, state[k]));
    Object.entries(extra || {}).forEach(([k, v]) => q.set(k, v));
    return q;
  };
  const save = () => bench.saveState(state, defaults);

  function drawTotals(t, p) {
    const body = $('totals').tBodies[0];
    body.innerHTML = '';
    const row = (key, label, mine, published, mineValue) => {
      const tr = body.insertRow();
      tr.dataset.total = key;
      const th = document.createElement('th'); th.scope = 'row'; th.textContent = label; tr.appendChild(th);
      const a = tr.insertCell(); a.className = 'num'; a.textContent = mine;
      if (mineValue !== undefined) a.dataset.value = mineValue;
      const b = tr.insertCell(); b.className = 'num'; b.textContent = published;
    };
    row('count', sousei.t('bench.priority.count'), sousei.format(t.selected_count) + ' / ' + sousei.format(t.region_count),
      sousei.format(p.selected_count) + ' / ' + sousei.format(p.region_count), t.selected_count);
    row('population', sousei.t('bench.priority.population_share'), bench.percent(t.population_share) + ' (' + sousei.format(t.selected_population) + ')',
      bench.percent(p.population_share) + ' (' + sousei.format(p.selected_population) + ')', t.population_share);
    row('land', sousei.t('bench.priority.land_share'), bench.percent(t.land_share), bench.percent(p.land_share), t.land_share);
    Object.entries(p.selected_by_type).forEach(([type, n]) => row('type', sousei.t('bench.priority.type') + ': ' + sousei.t('bench.type.' + type),
      t.selected_by_type[type] === undefined ? '–' : sousei.format(t.selected_by_type[type]), sousei.format(n)));
  }

  async function draw() {
    save();
    $('error').hidden = true;
    const [mapName, result] = await Promise.all([bench.mapOf('TW', 'town'), sousei.getJson('/api/v1/benchmark/priority?' + query())]);
    answer = result;
    rows = answer.regions.map(r => ({...r, category: category(r), met: [r.declining, r.small, r.low_income].filter(Boolean).length}));
    const byId = Object.fromEntries(rows.map(r => [r.region_id, r]));
    const counts = {};
    rows.forEach(r => { counts[r.category] = (counts[r.category] || 0) + 1; });
    const shown = CATEGORIES.filter(c => counts[c.key]).map(c => ({...c, count: counts[c.key]}));
    bench.categoryMap(map, mapName, rows, CATEGORIES, id => {
      const r = byId[id];
      return r ? r.region_name + '<br>' + (r.selected ? sousei.t('bench.priority.selected') + ': ' + criteriaText(r) : sousei.t('bench.priority.cat.none')) : id;
    });
    bench.legend($('legend'), shown);
    $('map').setAttribute('aria-label', sousei.t('bench.priority.map') + ': ' + answer.totals.selected_count + ' / ' + answer.totals.region_count);
    drawTotals(answer.totals, answer.published);
    drawRows();
    $('download').href = '/api/v1/benchmark/priority?' + query({format: 'csv'});
    actions.refresh();
    $('map').dataset.ready = 'true';
  }

  const actions = bench.actions($('map-panel'), {
    columns: [{key: 'region_id', label: 'region_id'}, {key: 'region_name', label: sousei.t('table.region')},
      {key: 'selected', label: sousei.t('bench.priority.selected')}, {key: 'category_label', label: sousei.t('bench.priority.met')}],
    rows: () => rows.map(r => ({...r, category_label: CATEGORIES.find(c => c.key === r.category).label})),
    fileName: () => 'priority-map-TW.csv'});
  bench.sources($('map-panel').querySelector('.sources'),
    ['population.change_rate_5y@2017', 'population.total@2017', 'income.median@2017', 'region.area_km2']).catch(() => {});

  const fail = e => bench.fail($('error'), e);
  const update = bench.debounce(() => { $('map').dataset.ready = 'false'; draw().catch(fail); });
  RULE.forEach(k => $(k).addEventListener('input', () => {
    if ($(k).value === '' || !$(k).checkValidity()) return;
    state[k] = $(k).value;
    update();
  }));
  $('reset').addEventListener('click', () => { RULE.forEach(k => { state[k] = defaults[k]; $(k).value = defaults[k]; }); update(); });
  $('only').addEventListener('change', () => { state.only = $('only').checked ? '1' : ''; save(); drawRows(); });
  bench.priorityMapState = () => bench.mapState(map, CATEGORIES.map(c => c.colour));
  bench.priorityAnswer = () => answer;
  draw().catch(fail);
})();
