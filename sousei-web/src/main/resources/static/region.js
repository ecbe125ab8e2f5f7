// The region profile's charts, drawn from /api/v1/regions/{id}/profile; each has a table, a CSV and its source.
'use strict';
(() => {
  const id = document.getElementById('region-name').dataset.region;
  const charts = [];
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  const SERIES_COLOURS = ['#253494', '#41b6c4', '#b35806', '#542788'];

  const byPeriod = rows => [...new Set(rows.map(r => r.period))].sort();
  const line = (series, regionId) => series.map((s, i) => ({
    type: 'line', name: s.name, symbolSize: 5, color: SERIES_COLOURS[i % 4],
    data: s.rows.filter(r => r.region_id === regionId).map(r => [r.period, Number(r.value)])}));

  const draw = {
    population_trend: (s, p) => ({xAxis: {type: 'category', data: byPeriod(s[0].rows)}, yAxis: {type: 'value', scale: true}, series: line(s, p.region.id)}),
    vital_events: (s, p) => ({xAxis: {type: 'category', data: byPeriod(s.flatMap(x => x.rows))}, yAxis: {type: 'value'},
      series: s.map((x, i) => ({type: 'bar', name: x.name, color: SERIES_COLOURS[i % 4], data: x.rows.map(r => [r.period, Number(r.value)])}))}),
    income: (s, p) => ({xAxis: {type: 'category', data: byPeriod(s.flatMap(x => x.rows))}, yAxis: {type: 'value', scale: true, name: s[0].unit},
      series: [p.region, p.parent, p.nation].filter(Boolean).filter((r, i, a) => a.findIndex(x => x.id === r.id) === i).flatMap((r, k) => s.map((x, i) => ({
        type: 'line', name: r.name + ' ' + x.name, color: SERIES_COLOURS[k % 4], lineStyle: {type: i === 1 ? 'solid' : 'dotted', width: i === 1 ? 2.5 : 1},
        data: x.rows.filter(o => o.region_id === r.id).map(o => [o.period, Number(o.value)])})))}),
    establishments: s => {
      const rows = s[0].rows.slice().sort((a, b) => Number(a.value) - Number(b.value));
      return {grid: {left: 48, right: 16, top: 24, bottom: 24}, xAxis: {type: 'value'}, yAxis: {type: 'category', data: rows.map(r => r.category)},
        series: [{type: 'bar', color: '#2c7fb8', data: rows.map(r => Number(r.value))}]};
    },
    medical_care: (s, p) => ({xAxis: {type: 'category', data: s.map(x => x.name), axisLabel: {interval: 0, overflow: 'break', width: 80}},
      yAxis: {type: 'value'}, series: [{type: 'bar', name: p.region.name, color: '#253494', data: s.map(x => Number((x.rows.find(r => r.region_id === p.region.id) || {}).value))}]}),
    pyramid: s => {
      const rows = s[0].rows;
      const years = byPeriod(rows);
      const order = g => parseInt(g, 10);
      const groups = [...new Set(rows.map(r => r.age_group))].sort((a, b) => order(a) - order(b));
      const value = (year, sex, g) => Number((rows.find(r => r.period === year && r.sex === sex && r.age_group === g) || {}).value || 0);
      const latest = years[years.length - 1], earlier = years.length > 1 ? years[0] : null;
      const series = [
        {type: 'bar', name: sousei.t('region.male') + ' ' + latest, stack: 'now', color: '#2c7fb8', data: groups.map(g => -value(latest, 'M', g))},
        {type: 'bar', name: sousei.t('region.female') + ' ' + latest, stack: 'now', color: '#b35806', data: groups.map(g => value(latest, 'F', g))}];
      if (earlier) {
        series.push({type: 'line', name: sousei.t('region.male') + ' ' + earlier, step: 'middle', symbol: 'none', color: '#1a1a1a', lineStyle: {type: 'dashed'}, data: groups.map(g => -value(earlier, 'M', g))},
          {type: 'line', name: sousei.t('region.female') + ' ' + earlier, step: 'middle', symbol: 'none', color: '#666666', lineStyle: {type: 'dashed'}, data: groups.map(g => value(earlier, 'F', g))});
      }
      return {grid: {left: 56, right: 16, top: 40, bottom: 24}, yAxis: {type: 'category', data: groups},
        xAxis: {type: 'value', axisLabel: {formatter: v => sousei.format(Math.abs(v))}},
        tooltip: {trigger: 'axis', valueFormatter: v => sousei.format(Math.abs(v))}, series};
    },
  };

  const columns = [{key: 'indicator', label: sousei.t('explore.indicator')}, {key: 'region_name', label: sousei.t('table.region')},
    {key: 'period', label: sousei.t('table.period')}, {key: 'sex', label: sousei.t('table.sex')}, {key: 'age_group', label: sousei.t('table.age')},
    {key: 'category', label: sousei.t('table.category')}, {key: 'value', label: sousei.t('table.value'), num: true}];

  sousei.getJson('/api/v1/regions/' + id + '/profile?lang=' + sousei.lang).then(profile => {
    profile.sections.forEach(section => {
      const figure = document.querySelector('figure[data-section="' + section.key + '"]');
      if (!figure || !draw[section.key]) return;
      const rows = section.series.flatMap(s => s.rows.map(r => ({...r, indicator: s.indicator, indicator_name: s.name})));
      const chart = echarts.init(figure.querySelector('.chart'), null, {renderer: 'svg'});
      charts.push(chart);
      chart.setOption(Object.assign({grid: {left: 64, right: 16, top: 40, bottom: 32}, tooltip: {trigger: 'axis'},
        legend: {top: 0, type: 'scroll'}}, draw[section.key](section.series, profile)));
      const wrap = figure.querySelector('.table-wrap');
      const toggle = figure.querySelector('.toggle-table');
      toggle.addEventListener('click', () => {
        if (!wrap.firstChild) wrap.appendChild(sousei.table(columns, rows.map(r => ({...r, value: Number(r.value)}))));
        wrap.hidden = !wrap.hidden;
        toggle.setAttribute('aria-expanded', String(!wrap.hidden));
        toggle.textContent = sousei.t(wrap.hidden ? 'chart.table' : 'chart.hide');
      });
      figure.querySelector('.download-csv').addEventListener('click', () =>
        sousei.download(id.replace(':', '_') + '_' + section.key + '.csv', sousei.toCsv(rows, ['indicator'].concat(sousei.CSV_COLUMNS))));
    });
    document.body.dataset.chartsReady = 'true';
  }).catch(e => { document.getElementById('summary').insertAdjacentText('afterend', e.message); });
})();
