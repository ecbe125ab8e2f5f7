// The indicator explorer: choropleth, ranking, distribution and definition of one indicator, period and level.
// The whole state lives in the URL, so a reload or a shared link shows the same view.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const LEVELS = {TW: ['county', 'town'], JP: ['prefecture', 'municipality']};
  const CHILD = {county: 'town', prefecture: 'municipality'};
  const params = new URLSearchParams(location.search);
  const state = {
    country: params.get('country') || 'TW', level: params.get('level'), parent: params.get('parent'),
    indicator: params.get('indicator') || 'population.share_65_plus', period: params.get('period'),
    classes: params.get('classes') || 'quantile', sex: params.get('sex'), age_group: params.get('age_group'),
    category: params.get('category'),
  };
  if (!LEVELS[state.country]) state.country = 'TW';
  if (!LEVELS[state.country].includes(state.level)) state.level = LEVELS[state.country][1];

  const cache = {};
  const cached = (key, load) => cache[key] || (cache[key] = load());
  const map = echarts.init($('map'), null, {renderer: 'svg'});
  const distribution = echarts.init($('distribution'), null, {renderer: 'svg'});
  window.addEventListener('resize', () => { map.resize(); distribution.resize(); });
  let indicators = [], rows = [], sortKey = 'rank', sortDown = false, selected = null;

  const query = extra => {
    const q = new URLSearchParams({indicator: state.indicator, country: state.country, level: state.level, lang: sousei.lang});
    if (state.period) q.set('period', state.period);
    if (state.parent) q.set('parent', state.parent);
    for (const k of ['sex', 'age_group', 'category']) if (state[k]) q.set(k, state[k]);
    Object.entries(extra || {}).forEach(([k, v]) => q.set(k, v));
    return q;
  };
  const saveUrl = () => {
    const q = new URLSearchParams();
    ['country', 'level', 'parent', 'indicator', 'period', 'sex', 'age_group', 'category'].forEach(k => { if (state[k]) q.set(k, state[k]); });
    if (state.classes !== 'quantile') q.set('classes', state.classes);
    if (sousei.lang !== 'zh-Hant') q.set('lang', sousei.lang);
    history.replaceState(null, '', '/explore?' + q);
  };
  const fill = (select, options, value) => {
    select.innerHTML = '';
    options.forEach(([v, label]) => select.add(new Option(label, v, false, v === value)));
  };

  async function loadIndicators() {
    indicators = (await sousei.getJson('/api/v1/indicators?lang=' + sousei.lang)).indicators.filter(i => i.status === 'available');
    const current = indicators.find(i => i.id === state.indicator) || indicators[0];
    state.indicator = current.id;
    const categories = [...new Set(indicators.map(i => i.category))];
    fill($('category'), categories.map(c => [c, sousei.t('category.' + c)]), current.category);
    fillIndicators(current.category);
  }
  function fillIndicators(category) {
    fill($('indicator'), indicators.filter(i => i.category === category).map(i => [i.id, i.name]), state.indicator);
    state.indicator = $('indicator').value;
  }
  async function loadPeriods() {
    const answer = await sousei.getJson('/api/v1/observations/periods?' + new URLSearchParams(
      {indicator: state.indicator, country: state.country, level: state.level}));
    const periods = answer.periods.slice().reverse();
    if (!periods.includes(state.period)) state.period = periods.find(p => /^\d{4}$/.test(p)) || periods[0] || null;
    fill($('period'), periods.map(p => [p, p]), state.period);
  }
  const boundaries = (country, level) => cached('b:' + country + level, () =>
    sousei.getJson('/api/v1/boundaries?country=' + country + '&level=' + level).then(a => sousei.geoJson(a.layers)));
  const regions = (country, level) => cached('r:' + country + level + sousei.lang, () =>
    sousei.getJson('/api/v1/regions?country=' + country + '&level=' + level + '&lang=' + sousei.lang).then(a => a.regions));

  async function draw() {
    saveUrl();
    fill($('level'), LEVELS[state.country].map(l => [l, sousei.t('level.' + l)]), state.level);
    $('country').value = state.country;
    $('classes').value = state.classes;
    $('up').hidden = !state.parent;
    const [geo, places, table, indicator] = await Promise.all([
      boundaries(state.country, state.level), regions(state.country, state.level),
      state.period ? sousei.getJson('/api/v1/observations?' + query()) : Promise.resolve({rows: []}),
      sousei.getJson('/api/v1/indicators/' + state.indicator + '?lang=' + sousei.lang)]);
    const inView = new Set(places.filter(r => !state.parent || r.parent === state.parent).map(r => r.id));
    const mapName = [state.country, state.level, state.parent || 'all'].join('-');
    if (!echarts.getMap(mapName)) {
      echarts.registerMap(mapName, {type: 'FeatureCollection', features: geo.features.filter(f => inView.has(f.id))});
    }
    const names = Object.fromEntries(places.map(r => [r.id, r.name]));
    rows = table.rows.filter(r => inView.has(r.region_id)).map(r => ({...r, value: Number(r.value)}));
    rows.sort((a, b) => b.value - a.value).forEach((r, i) => { r.rank = i + 1; });
    const values = rows.map(r => r.value);
    const diverging = sousei.isChange(state.indicator);
    const pieces = sousei.pieces(values, state.classes, diverging);
    const parentName = state.parent ? (await sousei.getJson('/api/v1/regions/' + state.parent + '?lang=' + sousei.lang)).name : sousei.t('country.' + state.country);
    const caption = indicator.name + ' · ' + parentName + ' · ' + sousei.t('level.' + state.level) + ' · ' + (state.period || '');
    $('map-caption').textContent = caption;
    $('crumb').textContent = parentName;
    $('map').setAttribute('aria-label', caption + ' (' + rows.length + ' ' + sousei.t('explore.regions') + ')');
    $('legend-note').textContent = sousei.t('explore.unit') + ': ' + indicator.unit + ' · ' + rows.length + ' ' + sousei.t('explore.regions');
    map.setOption({
      tooltip: {trigger: 'item', formatter: p => (names[p.name] || p.name) + '<br>' + (isNaN(p.value) ? sousei.t('explore.nodata') : sousei.format(p.value) + ' ' + indicator.unit)},
      visualMap: {type: 'piecewise', pieces, left: 8, bottom: 8, itemWidth: 14, itemHeight: 10, textStyle: {fontSize: 11},
        outOfRange: {color: '#cccccc'}},
      series: [{type: 'map', map: mapName, roam: true, nameProperty: 'name', selectedMode: false,
        itemStyle: {borderColor: '#ffffff', borderWidth: 0.4, areaColor: '#e6e6e6'},
        emphasis: {label: {show: false}, itemStyle: {areaColor: '#ffd43d'}},
        data: rows.map(r => ({name: r.region_id, value: r.value}))}],
    }, true);
    drawTable();
    drawDistribution(indicator);
    $('definition').innerHTML = '';
    [[sousei.t('explore.indicator'), indicator.name + ' (' + indicator.id + ')'], [sousei.t('explore.definition'), indicator.definition],
      [sousei.t('explore.unit'), indicator.unit], [sousei.t('explore.source'), indicator.source + ' · ' + (indicator.licence || '')]]
      .forEach(([k, v]) => { const dt = document.createElement('dt'); dt.textContent = k; const dd = document.createElement('dd'); dd.textContent = v || '–'; $('definition').append(dt, dd); });
    $('download').href = '/api/v1/observations?' + query({format: 'csv'});
    $('download').setAttribute('download', state.indicator + '.csv');
    $('map').dataset.ready = 'true';
  }

  function drawTable() {
    const filter = $('filter').value.trim().toLowerCase();
    const shown = rows.filter(r => !filter || (r.region_name || '').toLowerCase().includes(filter) || r.region_id.toLowerCase().includes(filter));
    const dir = sortDown ? -1 : 1;
    shown.sort((a, b) => (sortKey === 'name' ? String(a.region_name).localeCompare(String(b.region_name)) : a[sortKey] - b[sortKey]) * dir);
    const body = $('ranking').tBodies[0];
    body.innerHTML = '';
    shown.forEach(r => {
      const tr = body.insertRow();
      tr.insertCell().textContent = r.rank; tr.cells[0].className = 'num';
      const a = document.createElement('a'); a.href = sousei.link('/region/' + r.region_id); a.textContent = r.region_name || r.region_id;
      a.addEventListener('focus', () => highlight(r.region_id)); a.addEventListener('mouseenter', () => highlight(r.region_id));
      tr.insertCell().appendChild(a);
      tr.insertCell().textContent = sousei.format(r.value); tr.cells[2].className = 'num';
    });
    document.querySelectorAll('#ranking th').forEach(th => th.removeAttribute('aria-sort'));
    const th = document.querySelector('#ranking button[data-key="' + sortKey + '"]').parentElement;
    th.setAttribute('aria-sort', sortDown ? 'descending' : 'ascending');
  }

  function drawDistribution(indicator) {
    const sorted = rows.slice().sort((a, b) => a.value - b.value);
    distribution.setOption({
      grid: {left: 56, right: 16, top: 16, bottom: 24},
      tooltip: {trigger: 'item', formatter: p => sorted[p.dataIndex].region_name + ': ' + sousei.format(p.value) + ' ' + indicator.unit},
      xAxis: {type: 'category', data: sorted.map(r => r.region_id), axisLabel: {show: false}, axisTick: {show: false}},
      yAxis: {type: 'value', name: indicator.unit, nameTextStyle: {align: 'left'}},
      series: [{type: 'bar', barCategoryGap: '10%', data: sorted.map(r => ({value: r.value,
        itemStyle: {color: r.region_id === selected ? '#ffb000' : '#2c7fb8'}}))}],
    }, true);
  }
  function highlight(id) {
    selected = id;
    const sorted = rows.slice().sort((a, b) => a.value - b.value);
    distribution.setOption({series: [{data: sorted.map(r => ({value: r.value, itemStyle: {color: r.region_id === id ? '#ffb000' : '#2c7fb8'}}))}]});
    map.dispatchAction({type: 'downplay'});
    map.dispatchAction({type: 'highlight', name: id});
  }

  // How many regions of the map have a colour from the scale: what a reader sees, as ECharts computed it.
  sousei.mapState = () => {
    const data = map.getModel().getSeriesByIndex(0).getData();
    const palette = new Set(sousei.SEQUENTIAL.concat(sousei.DIVERGING));
    let coloured = 0;
    for (let i = 0; i < data.count(); i++) {
      const style = data.getItemVisual(i, 'style');
      if (style && palette.has(String(style.fill).toLowerCase())) coloured++;
    }
    return {regions: echarts.getMap(map.getOption().series[0].map).geoJSON.features.length, coloured};
  };

  map.on('click', p => {
    if (CHILD[state.level]) { state.parent = p.name; state.level = CHILD[state.level]; loadPeriods().then(draw).catch(fail); }
    else window.location.href = sousei.link('/region/' + p.name);
  });
  distribution.on('click', p => { window.location.href = sousei.link('/region/' + rows.slice().sort((a, b) => a.value - b.value)[p.dataIndex].region_id); });
  const fail = e => { $('legend-note').textContent = e.message; };
  $('country').addEventListener('change', () => { state.country = $('country').value; state.level = LEVELS[state.country][1]; state.parent = null; loadPeriods().then(draw).catch(fail); });
  $('level').addEventListener('change', () => { state.level = $('level').value; state.parent = null; loadPeriods().then(draw).catch(fail); });
  $('category').addEventListener('change', () => { fillIndicators($('category').value); state.sex = state.age_group = state.category = null; loadPeriods().then(draw).catch(fail); });
  $('indicator').addEventListener('change', () => { state.indicator = $('indicator').value; state.sex = state.age_group = state.category = null; loadPeriods().then(draw).catch(fail); });
  $('period').addEventListener('change', () => { state.period = $('period').value; draw().catch(fail); });
  $('classes').addEventListener('change', () => { state.classes = $('classes').value; draw().catch(fail); });
  $('up').addEventListener('click', () => { state.parent = null; state.level = LEVELS[state.country][0]; loadPeriods().then(draw).catch(fail); });
  $('filter').addEventListener('input', drawTable);
  document.querySelectorAll('#ranking button.sort').forEach(b => b.addEventListener('click', () => {
    sortDown = sortKey === b.dataset.key ? !sortDown : false; sortKey = b.dataset.key; drawTable();
  }));
  loadIndicators().then(loadPeriods).then(draw).catch(fail);
})();
