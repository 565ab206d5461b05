'use strict';
// The live grid: the server pushes the whole view (server-sent events) whenever it changes.
(function () {
  const $ = (id) => document.getElementById(id);
  let grid = null;
  let offset = 0; // this clock minus the server's

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function duration(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 60) return s + ' s';
    const m = Math.floor(s / 60);
    if (m < 60) return m + ' min';
    return Math.floor(m / 60) + ' h ' + (m % 60) + ' min';
  }

  const now = () => Date.now() - offset;

  function cell(c, current) {
    const td = el('td', 'cell ' + (c ? c.state : 'none'));
    if (current) td.classList.add('current');
    if (!c) {
      td.textContent = '·';
      td.title = 'not started';
      return td;
    }
    let title;
    if (c.state === 'passed') {
      td.textContent = '✓';
      title = 'passed' + (c.passed_seconds != null ? ' in ' + duration(c.passed_seconds * 1000) : '');
    } else if (c.state === 'failing') {
      // The code without its common prefix: the column stays narrow; the title is in the tooltip.
      td.textContent = '✗ ' + (c.check ? c.check.code.replace(/^DL-/, '') : '');
      title = 'failing ' + (c.check ? c.check.code + ': ' + c.check.title : '');
    } else {
      td.textContent = '…';
      title = 'working for ' + duration(now() - c.started_ms);
    }
    if (c.hints > 0) td.appendChild(el('span', 'mark', 'H' + c.hints));
    if (c.solution) td.appendChild(el('span', 'mark', 'S'));
    td.title = title + (c.hints ? ', ' + c.hints + ' hint(s)' : '') + (c.solution ? ', solution viewed' : '');
    return td;
  }

  function renderGrid(g) {
    const table = $('grid');
    table.replaceChildren();
    const head = el('tr');
    head.appendChild(el('th', '', 'Learner'));
    for (const x of g.exercises) {
      const th = el('th', 'exercise', x.id);
      th.title = x.title;
      head.appendChild(th);
    }
    table.appendChild(head);
    for (const l of g.learners) {
      const tr = el('tr', l.left ? 'left' : '');
      tr.dataset.learner = l.id;
      const name = el('td', 'name', l.name);
      name.title = l.left ? l.name + ' (left)' : l.name;
      tr.appendChild(name);
      g.exercises.forEach((x, i) => tr.appendChild(cell(l.cells[i], !l.left && l.current === x.id)));
      table.appendChild(tr);
    }
    $('nobody').hidden = g.learners.length > 0;
  }

  function renderStuck(g) {
    const list = $('stuck');
    list.replaceChildren();
    for (const s of g.stuck) {
      const li = el('li');
      li.appendChild(el('strong', '', s.name));
      li.appendChild(document.createTextNode(' on ' + s.exercise + ' '));
      if (s.check) {
        li.appendChild(el('code', '', s.check.code));
        li.appendChild(document.createTextNode(' ' + s.check.title + ' '));
      } else {
        li.appendChild(document.createTextNode('(no failing check yet) '));
      }
      li.appendChild(el('span', 'since', duration(now() - s.since_ms)));
      list.appendChild(li);
    }
    $('unstuck').hidden = g.stuck.length > 0;
  }

  function renderCommon(g) {
    const table = $('common');
    table.replaceChildren();
    if (g.common_failures.length) {
      const head = el('tr');
      ['Exercise', 'Check', 'Learners'].forEach((t) => head.appendChild(el('th', '', t)));
      table.appendChild(head);
    }
    for (const f of g.common_failures) {
      const tr = el('tr');
      tr.appendChild(el('td', '', f.exercise));
      const check = el('td');
      check.appendChild(el('code', '', f.code));
      check.appendChild(document.createTextNode(' ' + f.title));
      tr.appendChild(check);
      tr.appendChild(el('td', '', String(f.learners)));
      table.appendChild(tr);
    }
    $('nofailures').hidden = g.common_failures.length > 0;
  }

  function render(g) {
    document.title = g.class_name + ' · dashboard';
    $('class').textContent = g.class_name;
    $('learners').textContent = g.learners.filter((l) => !l.left).length;
    $('events').textContent = g.events;
    renderGrid(g);
    renderStuck(g);
    renderCommon(g);
  }

  const live = $('live');
  const source = new EventSource('/api/stream');
  source.addEventListener('grid', (event) => {
    grid = JSON.parse(event.data);
    offset = Date.now() - grid.now_ms;
    render(grid);
    live.textContent = 'live';
    live.className = 'live on';
  });
  source.addEventListener('error', () => {
    live.textContent = 'reconnecting…';
    live.className = 'live off';
  });
  // The "stuck for" times move on between updates.
  setInterval(() => { if (grid) renderStuck(grid); }, 5000);
  $('logout').addEventListener('click', async () => {
    await fetch('/api/logout', { method: 'POST', credentials: 'same-origin' });
    location.reload();
  });
})();
