// The indicator explorer: choropleth, ranking, distribution and definition of one indicator, period and level.
// The whole state lives in the URL, so a reload or a shared link shows the same view.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const LEVELS = {TW: ['county', 'town'], JP: ['prefecture', 'municipality']};
  const CHILD = {county: 'town', prefecture: 'municipality'};
  // Villages are shown one town at a time (the whole country's would weigh 680 KB); the parent is then a town.
  const VILLAGE = 'village';
  const params = new URLSearchParams(location.search);
  const state = {
    country: params.get('country') || 'TW', level: params.get('level'), parent: params.get('parent'),
    indicator: params.get('indicator') || 'population.share_65_plus', period: params.get('period'),
    classes: params.get('classes') || 'quantile', sex: params.get('sex'), age_group: params.get('age_group'),
    category: params.get('category'),
  };
  if (!LEVELS[state.country]) state.country = 'TW';
  const villageView = () => state.country === 'TW' && state.level === VILLAGE && !!state.parent;
  if (!LEVELS[state.country].includes(state.level) && !villageView()) state.level = LEVELS[state.country][1];

  const cache = {};
  const cached = (key, load) => cache[key] || (cache[key] = load());
  const map = echarts.init($('map'), null, {renderer: 'svg'});
  const distribution = echarts.init($('distribution'), null, {renderer: 'svg'});
  window.addEventListener('resize', () => { map.resize(); distribution.resize(); });
  let indicators = [], rows = [], periods = [], sortKey = 'rank', sortDown = false, selected = null, playing = null;

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
    history.replaceState(null, '', location.pathname + '?' + q);
    const full = document.getElementById('open-full');
    if (full) full.href = '/explore?' + q;
    const code = document.getElementById('embed-code');
    if (code) code.value = '<iframe src="' + location.origin + '/embed/map?' + q + '" width="640" height="520" style="border:0" title="'
      + document.title.replace(/"/g, '&quot;') + '"></iframe>';
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
    periods = answer.periods.slice();
    const latestFirst = periods.slice().reverse();
    if (!periods.includes(state.period)) state.period = latestFirst.find(p => /^\d{4}$/.test(p)) || latestFirst[0] || null;
    fill($('period'), latestFirst.map(p => [p, p]), state.period);
    fillBreakdowns(answer);
    $('period-slider').max = Math.max(0, periods.length - 1);
    $('period-play').hidden = periods.length < 2;
    showPeriod();
  }
  // Sex, age group and item (category): offered only where the indicator has more than one; totals by default.
  function fillBreakdowns(answer) {
    const offer = (control, select, key, values, total, label) => {
      if (!values.includes(state[key])) state[key] = values.includes(total) || values.length === 0 ? null : values[0];
      $(control).hidden = values.length < 2;
      fill($(select), values.map(v => [v === total ? '' : v, label(v)]), state[key] || '');
    };
    offer('sex-control', 'sex', 'sex', answer.sexes || [], 'T', v => sousei.t('sex.' + v));
    offer('age-control', 'age-group', 'age_group', answer.age_groups || [], '_T', v => v === '_T' ? sousei.t('explore.age.all') : v);
    offer('item-control', 'item', 'category', answer.categories || [], '_T', v => v === '_T' ? sousei.t('explore.item.all') : v);
  }
  function showPeriod() {
    $('period-slider').value = Math.max(0, periods.indexOf(state.period));
    $('period-value').textContent = state.period || '';
    $('period').value = state.period;
  }
  // Play: one period after another, each drawn before the next is asked for; stops at the last or when pressed.
  async function play() {
    if (playing) { stop(); return; }
    playing = {};
    const token = playing;
    $('play').setAttribute('aria-pressed', 'true');
    $('play').textContent = $('play').dataset.pause;
    let i = periods.indexOf(state.period);
    if (i < 0 || i >= periods.length - 1) i = -1;
    while (playing === token && i < periods.length - 1) {
      state.period = periods[++i];
      showPeriod();
      await draw();
      await new Promise(resolve => setTimeout(resolve, 900));
    }
    if (playing === token) stop();
  }
  function stop() {
    playing = null;
    $('play').setAttribute('aria-pressed', 'false');
    $('play').textContent = $('play').dataset.play;
  }
  const within = () => state.level === VILLAGE ? state.parent : null;
  const boundaries = (country, level, inside) => cached('b:' + country + level + inside, () =>
    sousei.getJson('/api/v1/boundaries?country=' + country + '&level=' + level + (inside ? '&within=' + inside : ''))
      .then(a => sousei.geoJson(a.layers)));
  const regions = (country, level, inside) => cached('r:' + country + level + inside + sousei.lang, () =>
    sousei.getJson('/api/v1/regions?country=' + country + '&level=' + level + '&lang=' + sousei.lang
      + (inside ? '&parent=' + inside + '&limit=1000' : '')).then(a => a.regions));

  async function draw() {
    saveUrl();
    fill($('level'), LEVELS[state.country].concat(villageView() ? [VILLAGE] : []).map(l => [l, sousei.t('level.' + l)]), state.level);
    $('country').value = state.country;
    $('classes').value = state.classes;
    $('up').hidden = !state.parent;
    const [geo, places, table, indicator] = await Promise.all([
      boundaries(state.country, state.level, within()), regions(state.country, state.level, within()),
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
    const breakdown = [state.sex && sousei.t('sex.' + state.sex), state.age_group, state.category].filter(Boolean).join(', ');
    const caption = indicator.name + (breakdown ? ' (' + breakdown + ')' : '') + ' · ' + parentName + ' · ' + sousei.t('level.' + state.level) + ' · ' + (state.period || '');
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
    await fillVillageTowns(places);
    $('definition').innerHTML = '';
    [[sousei.t('explore.indicator'), indicator.name + ' (' + indicator.id + ')'], [sousei.t('explore.definition'), indicator.definition],
      [sousei.t('explore.unit'), indicator.unit], [sousei.t('explore.source'), indicator.source + ' · ' + (indicator.licence || '')]]
      .forEach(([k, v]) => { const dt = document.createElement('dt'); dt.textContent = k; const dd = document.createElement('dd'); dd.textContent = v || '–'; $('definition').append(dt, dd); });
    $('download').href = '/api/v1/observations?' + query({format: 'csv'});
    $('download').setAttribute('download', state.indicator + '.csv');
    $('download-xlsx').href = '/api/v1/observations?' + query({format: 'xlsx'});
    $('download-xlsx').setAttribute('download', state.indicator + '.xlsx');
    $('map').dataset.ready = 'true';
  }

  // The towns whose villages can be shown: those on the map at town level, or the town shown at village level.
  async function fillVillageTowns(places) {
    const show = state.country === 'TW' && (state.level === 'town' || villageView());
    $('villages-control').hidden = !show;
    if (!show) return;
    const towns = state.level === 'town' ? places.filter(r => !state.parent || r.parent === state.parent)
      : [await sousei.getJson('/api/v1/regions/' + state.parent + '?lang=' + sousei.lang)];
    const select = $('villages-of');
    select.length = 1;
    towns.slice().sort((a, b) => a.id.localeCompare(b.id)).forEach(t => select.add(new Option(t.name, t.id, false, villageView() && t.id === state.parent)));
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
  // Only regions drawn count: a value without a boundary (a village re-divided after the map was made) is not seen.
  sousei.mapState = () => {
    const data = map.getModel().getSeriesByIndex(0).getData();
    const features = echarts.getMap(map.getOption().series[0].map).geoJSON.features;
    const drawn = new Set(features.map(f => f.id));
    const palette = new Set(sousei.SEQUENTIAL.concat(sousei.DIVERGING));
    let coloured = 0;
    for (let i = 0; i < data.count(); i++) {
      const style = data.getItemVisual(i, 'style');
      if (drawn.has(data.getName(i)) && style && palette.has(String(style.fill).toLowerCase())) coloured++;
    }
    return {regions: features.length, coloured};
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
  $('period').addEventListener('change', () => { stop(); state.period = $('period').value; showPeriod(); draw().catch(fail); });
  $('classes').addEventListener('change', () => { state.classes = $('classes').value; draw().catch(fail); });
  $('up').addEventListener('click', async () => {
    if (villageView()) {
      // from a town's villages back to the towns of its county
      state.parent = (await sousei.getJson('/api/v1/regions/' + state.parent)).parent; state.level = 'town';
    } else { state.parent = null; state.level = LEVELS[state.country][0]; }
    loadPeriods().then(draw).catch(fail);
  });
  $('villages-of').addEventListener('change', () => {
    if (!$('villages-of').value) return;
    stop(); state.parent = $('villages-of').value; state.level = VILLAGE; loadPeriods().then(draw).catch(fail);
  });
  $('period-slider').addEventListener('input', () => { stop(); state.period = periods[Number($('period-slider').value)]; showPeriod(); draw().catch(fail); });
  $('play').addEventListener('click', () => play().catch(fail));
  [['sex', 'sex'], ['age-group', 'age_group'], ['item', 'category']].forEach(([id, key]) => $(id).addEventListener('change', () => {
    stop(); state[key] = $(id).value || null; draw().catch(fail);
  }));
  $('filter').addEventListener('input', drawTable);
  document.querySelectorAll('#ranking button.sort').forEach(b => b.addEventListener('click', () => {
    sortDown = sortKey === b.dataset.key ? !sortDown : false; sortKey = b.dataset.key; drawTable();
  }));
  loadIndicators().then(loadPeriods).then(draw).catch(fail);
})();
