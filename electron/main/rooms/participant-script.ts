/**
 * The participant page's script, served as `/r/<roomId>/app.js` (a separate file: the page's
 * policy allows no inline script). Plain browser JavaScript, no framework, no build step; kept as
 * a string so it ships inside the main bundle. It reads the room's secret from the URL fragment
 * (which the browser never sends by itself) and sends it in `x-room-secret` with each call; the
 * participant token it gets on joining goes in `x-room-participant` and survives a reload in
 * sessionStorage. Every text comes from the page (`data-texts`, locales/<lng>/votes.json room.*).
 */
export const PARTICIPANT_SCRIPT = String.raw`'use strict';
(function () {
  var body = document.body;
  var T = JSON.parse(body.getAttribute('data-texts'));
  var lang = body.getAttribute('data-lang');
  var anonymous = body.getAttribute('data-anonymous') === 'true';
  var path = location.pathname;
  var secret = location.hash.slice(1);
  var storeKey = 'laif-room:' + path;
  var token = null;
  try { token = sessionStorage.getItem(storeKey); } catch (e) { token = null; }
  var items = [];
  var mine = {};
  var index = 0;

  function $(id) { return document.getElementById(id); }
  function show(id) { ['join', 'question', 'done'].forEach(function (s) { $(s).hidden = s !== id; }); }
  function message(text) { var m = $('message'); m.textContent = text || ''; m.hidden = !text; }
  function status(text, isError) { var s = $('status'); s.textContent = text || ''; s.className = isError ? 'status error' : 'status'; }
  function fill(tpl, vars) { return tpl.replace(/{{\s*(\w+)\s*}}/g, function (w, k) { return k in vars ? String(vars[k]) : w; }); }
  function keepToken(value) {
    token = value;
    try { if (value) sessionStorage.setItem(storeKey, value); else sessionStorage.removeItem(storeKey); } catch (e) { /* private mode: the token lives until reload */ }
  }

  // The language switch keeps the secret: it is in the fragment, which a plain link would drop.
  Array.prototype.forEach.call(document.querySelectorAll('nav.lang button'), function (b) {
    b.addEventListener('click', function () { location.replace(path + '?lang=' + b.getAttribute('data-lang') + location.hash); });
  });

  function api(method, sub, payload) {
    var headers = { 'x-room-secret': secret };
    if (token) headers['x-room-participant'] = token;
    if (payload) headers['content-type'] = 'application/json';
    return fetch(path + sub, { method: method, headers: headers, body: payload ? JSON.stringify(payload) : undefined, cache: 'no-store', credentials: 'omit' })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (data) { return { status: r.status, data: data }; }); },
        function () { return { status: 0, data: {} }; });
  }
  function problem(r) {
    if (r.status === 429) return T.tooFast;
    if (r.status === 403) return T.badLink;
    if (r.data && r.data.error === 'full') return T.full;
    if (r.status === 404 || r.status === 410) return T.closed;
    return T.failed;
  }
  function rejoin() { keepToken(null); message(T.rejoin); show('join'); }

  function choice(badge, text, pressed, onPick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'choice';
    b.setAttribute('aria-pressed', String(pressed));
    var n = document.createElement('span');
    n.className = 'n';
    n.textContent = badge;
    n.setAttribute('aria-hidden', 'true');
    var t = document.createElement('span');
    t.textContent = text;
    b.appendChild(n);
    b.appendChild(t);
    b.addEventListener('click', onPick);
    return b;
  }

  function render() {
    if (index >= items.length) { show('done'); return; }
    var it = items[index];
    var a = mine[it.id] || null;
    show('question');
    $('progress').textContent = fill(T.questionOf, { n: index + 1, total: items.length });
    $('dimension').textContent = it.dimension;
    $('question-text').textContent = it.question;
    $('help-text').textContent = it.help || '';
    $('help').hidden = !it.help;
    $('rule').textContent = it.rule || '';
    $('rule').hidden = !it.rule;
    var box = $('choices');
    box.textContent = '';
    if (it.kind === 'scale') {
      it.levels.forEach(function (text, level) {
        box.appendChild(choice(String(level), text, !!a && a.level === level, function () { send(it, { level: level }); }));
      });
    } else {
      var checked = a && a.checked ? a.checked : null;
      it.options.forEach(function (o, i) {
        var on = !!checked && checked.indexOf(o.id) >= 0;
        box.appendChild(choice(on ? '✓' : String(i + 1), o.label, on, function () {
          var next = (checked || []).filter(function (id) { return id !== o.id; });
          if (!on) next.push(o.id);
          send(it, { checked: next });
        }));
      });
      box.appendChild(choice('0', T.noneOfThese, !!checked && checked.length === 0, function () { send(it, { checked: [] }); }));
    }
    $('not-applicable').setAttribute('aria-pressed', String(!!a && a.notApplicable));
    $('unknown').setAttribute('aria-pressed', String(!!a && a.unknown));
    $('previous').disabled = index === 0;
  }

  function send(it, part) {
    var payload = { itemId: it.id, level: null, checked: null, notApplicable: false, unknown: false };
    Object.keys(part).forEach(function (k) { payload[k] = part[k]; });
    status(T.saving, false);
    api('POST', '/answer', payload).then(function (r) {
      if (r.status === 200) {
        mine[it.id] = payload;
        if (items[index] === it) { render(); status(T.saved, false); }
      } else if (r.status === 401) {
        rejoin();
      } else {
        status(problem(r), true);
      }
    });
  }

  function firstUnanswered() {
    for (var i = 0; i < items.length; i += 1) if (!mine[items[i].id]) return i;
    return items.length;
  }

  function load(after) {
    api('GET', '/questions?lang=' + encodeURIComponent(lang)).then(function (r) {
      if (r.status !== 200) { message(problem(r)); show(null); return; }
      items = r.data.items;
      mine = r.data.mine || {};
      if (token && !r.data.participant) { rejoin(); return; }
      if (!token) { show('join'); return; }
      after();
    });
  }

  $('not-applicable').addEventListener('click', function () { send(items[index], { notApplicable: true }); });
  $('unknown').addEventListener('click', function () { send(items[index], { unknown: true }); });
  $('previous').addEventListener('click', function () { if (index > 0) { index -= 1; status(''); render(); } });
  $('next').addEventListener('click', function () { index += 1; status(''); render(); });
  $('back').addEventListener('click', function () { index = Math.max(0, items.length - 1); status(''); render(); });
  $('join-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var payload = { language: lang };
    if (!anonymous) {
      var name = $('name').value.trim();
      if (!name) { message(T.nameRequired); $('name').focus(); return; }
      payload.name = name;
    }
    api('POST', '/join', payload).then(function (r) {
      if (r.status !== 200) { message(problem(r)); return; }
      keepToken(r.data.participantToken);
      message('');
      load(function () { index = firstUnanswered(); render(); });
    });
  });

  if (!secret) { message(T.badLink); return; }
  load(function () { index = firstUnanswered(); render(); });
})();
`;
