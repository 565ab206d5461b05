'use strict';
// Trades the token (typed, or from the address's #token= fragment, which never reaches the
// server's logs) for an HttpOnly cookie, then reloads the page without it.
(function () {
  const message = document.getElementById('message');
  async function login(token) {
    const answer = await fetch('/api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: token.trim() }),
      credentials: 'same-origin',
    });
    if (answer.ok) {
      location.replace(location.pathname);
      return;
    }
    let why = 'HTTP ' + answer.status;
    try { why = (await answer.json()).error; } catch (e) { /* not JSON */ }
    message.textContent = why;
  }
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get('token');
  if (token) {
    history.replaceState(null, '', location.pathname);
    login(token);
  }
  document.getElementById('login').addEventListener('submit', function (event) {
    event.preventDefault();
    login(document.getElementById('token').value);
  });
})();
