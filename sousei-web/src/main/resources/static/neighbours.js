// The statistical neighbours panel of a region profile: the five most similar regions of the same level,
// from /api/v1/benchmark/neighbours. Taiwan's counties have no median income, so their profile leaves it out.
'use strict';
(() => {
  const panel = document.getElementById('neighbours');
  const id = document.getElementById('region-name').dataset.region;
  const q = new URLSearchParams({region: id, k: '5', lang: sousei.lang});
  if (panel.dataset.country === 'TW' && panel.dataset.level === 'county') {
    q.set('indicators', 'population.total,population.change_rate_5y,population.share_65_plus,population.density');
  }
  const body = document.getElementById('neighbours-table').tBodies[0];
  Promise.all([sousei.getJson('/api/v1/benchmark/neighbours?' + q),
    sousei.getJson('/api/v1/indicators?lang=' + sousei.lang).then(a => Object.fromEntries(a.indicators.map(i => [i.id, i])))])
    .then(([answer, indicators]) => {
      const name = text => (indicators[text.split('@')[0]] || {name: text}).name;
      answer.neighbours.forEach((n, i) => {
        const tr = body.insertRow();
        tr.insertCell().textContent = i + 1;
        const a = document.createElement('a');
        a.href = sousei.link('/region/' + n.region_id);
        a.textContent = n.region_name || n.region_id;
        tr.insertCell().appendChild(a);
        tr.insertCell().textContent = sousei.format(n.distance);
        tr.insertCell().textContent = n.similar_on.map(name).join(sousei.lang === 'en' ? ', ' : '、');
        tr.cells[0].className = tr.cells[2].className = 'num';
      });
      const sources = document.getElementById('neighbours-sources');
      answer.profile.forEach(text => {
        const i = indicators[text.split('@')[0]];
        const li = document.createElement('li');
        li.textContent = name(text) + ': ' + (i ? i.source + (i.licence ? ' · ' + i.licence : '') : '');
        sources.appendChild(li);
      });
      q.set('format', 'csv');
      const download = document.getElementById('neighbours-download');
      download.href = '/api/v1/benchmark/neighbours?' + q;
      download.setAttribute('download', 'neighbours-' + id.replace(':', '_') + '.csv');
      panel.dataset.ready = 'true';
    })
    .catch(e => {
      const cell = body.insertRow().insertCell();
      cell.colSpan = 4;
      cell.textContent = sousei.t('bench.error') + ' ' + e.message;
      panel.dataset.ready = 'error';
    });
})();
