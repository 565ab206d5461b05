'use strict';
// Class progress for the projector: how many learners passed, fail or work on each exercise.
// The stream it reads (?view=projector) carries counts only, no names.
(function () {
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(p) {
    $('class').textContent = p.class_name;
    $('learners').textContent = p.learners;
    const table = $('bars');
    table.replaceChildren();
    const total = Math.max(1, p.learners);
    p.exercises.forEach((x, i) => {
      const c = p.counts[i];
      const tr = el('tr');
      const th = el('th', '', x.id);
      th.title = x.title;
      tr.appendChild(th);
      const td = el('td');
      const bar = el('div', 'bar');
      for (const state of ['passed', 'failing', 'working']) {
        const n = c[state];
        if (!n) continue;
        const part = el('span', state, String(n));
        part.style.width = (100 * n) / total + '%';
        part.title = n + ' ' + state;
        bar.appendChild(part);
      }
      td.appendChild(bar);
      tr.appendChild(td);
      table.appendChild(tr);
    });
  }

  const live = $('live');
  const source = new EventSource('/api/stream?view=projector');
  source.addEventListener('counts', (event) => {
    render(JSON.parse(event.data));
    live.textContent = 'live';
    live.className = 'live on';
  });
  source.addEventListener('error', () => {
    live.textContent = 'reconnecting…';
    live.className = 'live off';
  });
})();
