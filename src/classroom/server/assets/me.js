'use strict';
// A learner's own progress, read with their token from the address's #token= fragment: the
// server answers with this learner's data only.
(function () {
  const $ = (id) => document.getElementById(id);
  const token = new URLSearchParams(location.hash.slice(1)).get('token');

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  async function load() {
    if (!token) {
      $('message').textContent = 'Open this page with the address that carries your token (#token=…).';
      return;
    }
    const answer = await fetch('/api/me', { headers: { Authorization: 'Bearer ' + token } });
    if (!answer.ok) {
      let why = 'HTTP ' + answer.status;
      try { why = (await answer.json()).error; } catch (e) { /* not JSON */ }
      $('message').textContent = why;
      return;
    }
    const me = await answer.json();
    $('message').textContent = '';
    $('class').textContent = me.class_name;
    $('who').textContent = me.name;
    const table = $('mine');
    table.replaceChildren();
    for (const x of me.exercises) {
      const tr = el('tr');
      tr.appendChild(el('td', '', x.title));
      const state = x.state || 'none';
      const text = { none: 'not started', working: 'working', failing: 'failing', passed: 'passed' }[state];
      const td = el('td', 'cell ' + state, text);
      tr.appendChild(td);
      const notes = [];
      if (x.check) notes.push(x.check.code + ': ' + x.check.title);
      if (x.hints) notes.push(x.hints + ' hint(s)');
      if (x.solution) notes.push('solution viewed');
      tr.appendChild(el('td', '', notes.join(' · ')));
      table.appendChild(tr);
    }
  }
  load();
  setInterval(load, 10000);
})();
