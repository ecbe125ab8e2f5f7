// The home page's region search: a combobox over /api/v1/search, navigable with the arrow keys.
'use strict';
(() => {
  const input = document.getElementById('q');
  const list = document.getElementById('hits');
  const status = document.getElementById('search-status');
  let hits = [], active = -1, timer = null, asked = '';

  const open = url => { window.location.href = url; };
  const render = () => {
    list.innerHTML = '';
    hits.forEach((h, i) => {
      const li = document.createElement('li');
      li.id = 'hit-' + i; li.setAttribute('role', 'option'); li.setAttribute('aria-selected', String(i === active));
      li.dataset.id = h.region.id;
      li.textContent = h.region.name;
      const meta = document.createElement('span'); meta.className = 'muted';
      meta.textContent = [h.parent_name, sousei.t('level.' + h.region.level)].filter(Boolean).join(' · ');
      li.appendChild(meta);
      li.addEventListener('mousedown', e => { e.preventDefault(); open(sousei.link('/region/' + h.region.id)); });
      list.appendChild(li);
    });
    const shown = hits.length > 0 || asked !== '';
    list.hidden = !shown || hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    input.setAttribute('aria-activedescendant', active >= 0 ? 'hit-' + active : '');
    status.textContent = asked && hits.length === 0 ? sousei.t('home.search.none') : hits.length + '';
  };
  const search = async () => {
    const q = input.value.trim();
    asked = q;
    if (!q) { hits = []; active = -1; render(); return; }
    const answer = await sousei.getJson('/api/v1/search?limit=10&lang=' + sousei.lang + '&q=' + encodeURIComponent(q));
    if (asked !== q) return;
    hits = answer.hits; active = hits.length ? 0 : -1; render();
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 150); });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && hits.length) { active = (active - 1 + hits.length) % hits.length; render(); e.preventDefault(); }
    else if (e.key === 'Enter' && active >= 0) { open(sousei.link('/region/' + hits[active].region.id)); e.preventDefault(); }
    else if (e.key === 'Escape') { hits = []; active = -1; render(); }
  });
  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); }, 100));
})();
