// What the benchmarking pages share: state in the URL, region maps, categorical colours, chart actions
// (table, CSV, source) and sortable tables. Each page's own script runs after this one (it is deferred).
'use strict';
(() => {
  const bench = window.bench = {};
  bench.$ = id => document.getElementById(id);

  // Okabe–Ito: distinguishable with the common colour-vision deficiencies; light grey means "not selected".
  bench.CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#332288'];
  bench.NONE = '#e4e4e4';

  bench.debounce = (fn, ms = 300) => {
    let timer;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  };

  // The page's state: values from the URL, else the defaults; only values that differ go back into the URL.
  bench.readState = defaults => {
    const params = new URLSearchParams(location.search);
    const state = {};
    Object.entries(defaults).forEach(([k, v]) => { state[k] = params.has(k) ? params.get(k) : v; });
    return state;
  };
  bench.saveState = (state, defaults) => {
    const q = new URLSearchParams();
    Object.entries(state).forEach(([k, v]) => { if (v !== null && v !== '' && String(v) !== String(defaults[k])) q.set(k, v); });
    if (sousei.lang !== 'zh-Hant') q.set('lang', sousei.lang);
    const s = q.toString();
    history.replaceState(null, '', location.pathname + (s ? '?' + s : ''));
  };

  const cache = {};
  const cached = (key, load) => cache[key] || (cache[key] = load());
  bench.indicators = () => cached('indicators', () => sousei.getJson('/api/v1/indicators?lang=' + sousei.lang)
    .then(a => Object.fromEntries(a.indicators.map(i => [i.id, i]))));
  bench.indicatorName = (all, text) => {
    const id = String(text).replace(/^[-+]/, '').split('@')[0];
    return id === 'region.area_km2' ? sousei.t('bench.area') : (all[id] ? all[id].name : id);
  };
  bench.regionNames = (country, level) => cached('r:' + country + level, () =>
    sousei.getJson('/api/v1/regions?country=' + country + '&level=' + level + '&lang=' + sousei.lang)
      .then(a => Object.fromEntries(a.regions.map(r => [r.id, r.name]))));
  // Registers the boundaries of a country and level with ECharts once, and answers the map's name.
  bench.mapOf = (country, level) => cached('b:' + country + level, () =>
    sousei.getJson('/api/v1/boundaries?country=' + country + '&level=' + level).then(a => {
      const name = 'bench-' + country + '-' + level;
      if (!echarts.getMap(name)) echarts.registerMap(name, sousei.geoJson(a.layers));
      return name;
    }));

  bench.chart = element => {
    const chart = echarts.init(element, null, {renderer: 'svg'});
    window.addEventListener('resize', () => chart.resize());
    return chart;
  };

  // A map whose regions are coloured by category; `rows` are {region_id, category}, categories {key, label, colour}.
  bench.categoryMap = (chart, mapName, rows, categories, tooltip) => {
    const index = Object.fromEntries(categories.map((c, i) => [c.key, i]));
    chart.setOption({
      tooltip: {trigger: 'item', formatter: p => tooltip(p.name)},
      // the legend is the page's own list; the visual map only gives each category its colour
      visualMap: {type: 'piecewise', show: false, pieces: categories.map((c, i) => ({value: i, color: c.colour})),
        outOfRange: {color: '#ffffff'}},
      series: [{type: 'map', map: mapName, roam: true, nameProperty: 'name', selectedMode: false,
        itemStyle: {borderColor: '#ffffff', borderWidth: 0.4, areaColor: '#ffffff'},
        emphasis: {label: {show: false}, itemStyle: {areaColor: '#1a1a1a'}},
        data: rows.map(r => ({name: r.region_id, value: index[r.category]}))}],
    }, true);
  };
  // How many regions the map holds and how many carry one of these colours, as ECharts drew them.
  bench.mapState = (chart, colours) => {
    const data = chart.getModel().getSeriesByIndex(0).getData();
    const palette = new Set(colours.map(c => c.toLowerCase()));
    let coloured = 0;
    for (let i = 0; i < data.count(); i++) {
      const style = data.getItemVisual(i, 'style');
      if (style && palette.has(String(style.fill).toLowerCase())) coloured++;
    }
    return {regions: echarts.getMap(chart.getOption().series[0].map).geoJSON.features.length, coloured};
  };
  bench.legend = (list, categories) => {
    list.innerHTML = '';
    categories.forEach(c => {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = c.colour;
      li.append(swatch, document.createTextNode(c.label + (c.count === undefined ? '' : ' (' + sousei.format(c.count) + ')')));
      list.appendChild(li);
    });
  };

  // Wires a figure's table toggle, CSV download and source list; `spec.rows()` answers the current rows.
  bench.actions = (figure, spec) => {
    const wrap = figure.querySelector('.table-wrap');
    const toggle = figure.querySelector('.toggle-table');
    const fill = () => { wrap.innerHTML = ''; wrap.appendChild(sousei.table(spec.columns, spec.rows())); };
    toggle.addEventListener('click', () => {
      if (wrap.hidden) fill();
      wrap.hidden = !wrap.hidden;
      toggle.setAttribute('aria-expanded', String(!wrap.hidden));
      toggle.textContent = sousei.t(wrap.hidden ? 'chart.table' : 'chart.hide');
    });
    figure.querySelector('.download-csv').addEventListener('click', () =>
      sousei.download(spec.fileName(), sousei.toCsv(spec.rows(), spec.columns.map(c => c.key))));
    return {refresh: () => { if (!wrap.hidden) fill(); }};
  };
  bench.sources = async (list, ids) => {
    const all = await bench.indicators();
    list.innerHTML = '';
    ids.forEach(text => {
      const id = String(text).replace(/^[-+]/, '').split('@')[0];
      const period = String(text).split('@')[1];
      const i = all[id];
      const li = document.createElement('li');
      li.textContent = id === 'region.area_km2' ? sousei.t('bench.area') + ': ' + sousei.t('bench.area.source')
        : (i ? i.name : id) + (period ? ' (' + period + ')' : '') + ': ' + (i ? i.source + (i.licence ? ' · ' + i.licence : '') : '');
      list.appendChild(li);
    });
  };

  // Sortable table: `columns` are {key, label, num, render(row) → node or text}; headers are buttons.
  bench.sortableTable = (table, columns, state, onSort) => {
    const head = table.tHead.rows[0];
    head.innerHTML = '';
    columns.forEach(c => {
      const th = document.createElement('th');
      th.scope = 'col';
      if (c.num) th.className = 'num';
      const b = document.createElement('button');
      b.type = 'button'; b.className = 'sort'; b.textContent = c.label; b.dataset.key = c.key;
      b.addEventListener('click', () => {
        state.dir = state.sort === c.key && state.dir === 'asc' ? 'desc' : 'asc';
        state.sort = c.key;
        onSort();
      });
      th.appendChild(b);
      head.appendChild(th);
    });
    return rows => {
      const c = columns.find(x => x.key === state.sort) || columns[0];
      const dir = state.dir === 'desc' ? -1 : 1;
      const value = r => c.sortValue ? c.sortValue(r) : r[c.key];
      const sorted = rows.slice().sort((a, b) => {
        const x = value(a), y = value(b);
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (typeof x === 'string' ? x.localeCompare(y) : x - y) * dir;
      });
      const body = table.tBodies[0];
      body.innerHTML = '';
      sorted.forEach(r => {
        const tr = body.insertRow();
        columns.forEach(col => {
          const td = tr.insertCell();
          if (col.num) td.className = 'num';
          const v = col.render ? col.render(r) : (col.num ? sousei.format(r[col.key]) : r[col.key]);
          if (v instanceof Node) td.appendChild(v); else td.textContent = v ?? '–';
        });
      });
      head.querySelectorAll('th').forEach(th => th.removeAttribute('aria-sort'));
      const th = head.querySelector('button[data-key="' + c.key + '"]');
      if (th) th.parentElement.setAttribute('aria-sort', dir < 0 ? 'descending' : 'ascending');
    };
  };
  bench.regionLink = (id, name) => {
    const a = document.createElement('a');
    a.href = sousei.link('/region/' + id);
    a.textContent = name || id;
    return a;
  };
  const percent = new Intl.NumberFormat(sousei.lang === 'zh-Hant' ? 'zh-TW' : sousei.lang, {style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1});
  bench.percent = v => v === null || v === undefined ? '–' : percent.format(v);
  bench.fail = (element, e) => { element.textContent = sousei.t('bench.error') + ' ' + e.message; element.hidden = false; };
})();
