// Storyline reader. Every piece of article or story content reaches the page as a text node (el() and
// textContent): never as markup, so a <script> inside an article is shown, not run. No innerHTML anywhere.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const main = document.getElementById('main');
let token = sessionStorage.getItem('storyline-token');
let renderedRoute = null;

// ---------- DOM ----------

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A link inside the app; ids are encoded so no id can change the route's shape. */
function link(route, ...children) {
  return el('a', {href: '#' + route}, ...children);
}

function show(...children) {
  main.replaceChildren(...children.flat().filter(Boolean));
  window.scrollTo(0, 0);
}

function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }

// ---------- API ----------

class Unauthorized extends Error {}

function headers() {
  return token ? {'Authorization': 'Bearer ' + token} : {};
}

async function api(path) {
  const res = await fetch(path, {headers: headers()});
  if (res.status === 401) throw new Unauthorized();
  const body = await res.json().catch(() => ({error: 'unreadable answer', status: res.status}));
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

function failed(e) {
  // a token was given and the server still says no: that token is the wrong one
  if (e instanceof Unauthorized) return askToken(Boolean(token));
  show(el('p', {class: 'error'}, 'Could not load: ' + e.message), el('p', {}, link('/', 'Back to the stories')));
}

function askToken(refused) {
  const input = el('input', {type: 'password', id: 'token', placeholder: 'API token', 'aria-label': 'API token'});
  const form = el('form', {class: 'token-form', onsubmit: (ev) => {
    ev.preventDefault();
    token = input.value.trim();
    sessionStorage.setItem('storyline-token', token);
    listen();
    route();
  }}, input, el('button', {type: 'submit'}, 'Use token'));
  show(el('h1', {}, 'This server needs a token'),
      refused ? el('p', {class: 'error', id: 'token-refused', role: 'alert'}, 'That token was refused: check it and try again.') : null,
      el('p', {class: 'muted'}, 'It was started with --token; enter the same token to read it.'), form);
}

// ---------- routing ----------

function parseRoute() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  return {path, params: new URLSearchParams(query || ''), key: hash};
}

async function route() {
  const {path, params, key} = parseRoute();
  renderedRoute = key;
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts.length === 0) await storyList();
    else if (parts[0] === 'story' && parts[1]) await storyPage(parts[1], params);
    else if (parts[0] === 'article' && parts[1]) await articlePage(parts[1], params);
    else if (parts[0] === 'search') await searchPage(params.get('q') || '');
    else show(el('p', {}, 'Nothing here. '), link('/', 'Back to the stories'));
  } catch (e) {
    failed(e);
  }
}

window.addEventListener('hashchange', route);

document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = document.getElementById('search').value.trim();
  if (q) location.hash = '#/search?q=' + encodeURIComponent(q);
});

// ---------- story list ----------

const fresh = new Set();

function storyItem(s) {
  const meta = [plural(s.articleCount, 'article'), (s.outlets || []).join(', '),
    s.firstPublished ? (s.firstPublished === s.lastPublished ? s.firstPublished : s.firstPublished + ' – ' + s.lastPublished) : 'undated']
      .filter(Boolean).join(' · ');
  return el('li', {class: 'card story-item' + (fresh.has(s.id) ? ' fresh' : ''), 'data-id': s.id},
      el('h3', {}, link('/story/' + encodeURIComponent(s.id), s.headline || '(untitled story)')),
      s.whatHappened ? el('p', {}, s.whatHappened) : null,
      el('p', {class: 'meta'}, meta),
      s.storylineStories > 1 ? el('p', {class: 'meta storyline-link'}, link('/?storyline=' + encodeURIComponent(s.storylineId),
          'Its storyline: ' + plural(s.storylineStories, 'story', 'stories'))) : null,
      s.conflicts || s.singleUnnamedSource ? el('p', {class: 'flags'},
          s.conflicts ? el('span', {class: 'badge conflict', title: 'figures the sources report differently'},
              plural(s.conflicts, 'conflict') + ' over figures') : null, ' ',
          s.singleUnnamedSource ? el('span', {class: 'badge single', title: 'claims resting on one unnamed source'},
              plural(s.singleUnnamedSource, 'claim') + ' from a single unnamed source') : null) : null);
}

/** The list's filters, as the API takes them: the route's query ("#/?outlet=...&entity=...&language=...&since=...&q=..."). */
const FILTERS = [['outlet', 'Outlet', 'text'], ['entity', 'Person, place or body', 'text'], ['language', 'Language', 'text'],
  ['since', 'Active since', 'date'], ['q', 'Words', 'text'], ['storyline', 'Storyline', 'hidden']];

function filterForm(params) {
  const inputs = FILTERS.map(([name, label, type]) => el('input', {type, id: 'filter-' + name, name, value: params.get(name) || '',
    placeholder: type === 'text' ? label : '', 'aria-label': label}));
  return el('form', {class: 'catchup filters', id: 'filters', role: 'search', 'aria-label': 'Filter the stories', onsubmit: (ev) => {
    ev.preventDefault();
    const chosen = new URLSearchParams();
    inputs.forEach(i => { if (i.value.trim()) chosen.set(i.name, i.value.trim()); });
    location.hash = '#/' + ([...chosen.keys()].length ? '?' + chosen : '');
  }}, ...inputs, el('button', {type: 'submit'}, 'Filter'),
      [...params.keys()].length ? link('/', 'Clear') : null);
}

async function storyList() {
  const params = new URLSearchParams();
  const asked = parseRoute().params;
  FILTERS.forEach(([name]) => { if (asked.get(name)) params.set(name, asked.get(name)); });
  const filtered = [...params.keys()].length > 0;
  const page = await api('/api/stories?limit=50' + (filtered ? '&' + params : ''));
  const list = el('ul', {class: 'story-list', id: 'stories'}, page.stories.map(storyItem));
  const more = page.nextCursor ? moreButton(list, page.nextCursor, params) : null;
  document.title = 'Storyline';
  show(el('h1', {}, 'Stories'),
      el('p', {class: 'muted'}, 'Newest activity first. The list updates as articles arrive.'),
      filterForm(asked),
      page.stories.length ? list : el('p', {class: 'muted', id: 'stories-empty'}, filtered
          ? 'No story matches these filters.' : 'No stories yet: post articles to /api/articles or start the server with a folder.'),
      more);
}

function moreButton(list, cursor, params) {
  const button = el('button', {type: 'button', id: 'more', onclick: async () => {
    try {
      const page = await api('/api/stories?limit=50&cursor=' + encodeURIComponent(cursor)
          + ([...params.keys()].length ? '&' + params : ''));
      append(list, page.stories.map(storyItem));
      if (page.nextCursor) cursor = page.nextCursor; else button.remove();
    } catch (e) { failed(e); }
  }}, 'More stories');
  return button;
}

// ---------- story page ----------

async function storyPage(id, params) {
  const s = await api('/api/stories/' + encodeURIComponent(id));
  const articles = new Map(s.articles.map(a => [a.id, a]));
  const source = el('aside', {id: 'source', 'aria-label': 'Cited source'});
  document.title = s.headline + ' — Storyline';
  const body = el('div', {class: 'story-body'},
      el('p', {class: 'meta'}, link('/', '← All stories')),
      el('h1', {}, s.headline),
      s.whatHappened ? el('p', {class: 'lede'}, s.whatHappened) : null,
      el('p', {class: 'meta'}, plural(s.articles.length, 'article') + ' · ' + plural(s.outlets.length, 'outlet')
          + (s.firstPublished ? ' · ' + s.firstPublished + (s.lastPublished !== s.firstPublished ? ' – ' + s.lastPublished : '') : '')),
      s.eventDate ? el('p', {class: 'meta', id: 'when'}, 'When: ' + whenText(s.eventDate)) : null,
      (s.languages || []).length ? el('p', {class: 'meta', id: 'languages'}, 'Languages: '
          + s.languages.map(l => l.name + ' (' + l.articleIds.length + ')').join(', ')) : null,
      history(s),
      storylineNav(s),
      el('h2', {}, 'Summary'),
      el('p', {class: 'muted hint'}, 'Click a citation number to read the sentence it comes from beside the story.'),
      summary(s, articles, source),
      catchUp(s, articles, source),
      el('h2', {}, 'Claims'),
      claims(s, articles),
      variants(s, articles),
      el('h2', {}, 'Timeline'),
      timeline(s),
      el('h2', {}, 'Coverage'),
      coverage(s),
      el('h2', {}, 'Articles'),
      memberList(s, articles));
  show(el('div', {class: 'story-page'}, body, source));
}

/** The storyline's stories in the order they began, this one marked: what came before and after it. */
function storylineNav(s) {
  const stories = s.storyline || [];
  if (stories.length < 2) return null;
  return el('nav', {class: 'storyline', id: 'storyline', 'aria-label': 'Stories of this storyline'},
      el('p', {class: 'meta'}, 'In this storyline (' + stories.length + ' stories, in the order they began):'),
      el('ol', {}, stories.map(o => el('li', o.current ? {'aria-current': 'page'} : {},
          o.current ? el('strong', {}, o.headline || '(untitled story)')
              : link('/story/' + encodeURIComponent(o.id), o.headline || '(untitled story)'),
          o.firstPublished ? el('span', {class: 'muted'}, ' · ' + o.firstPublished) : null))));
}

/**
 * "What is new since a day" and "what the story says about a topic": the API's update and focus summaries
 * (?since=, ?query=), drawn below the summary with the same citations.
 */
function catchUp(s, articles, source) {
  const since = el('input', {type: 'date', id: 'catchup-since', 'aria-label': 'New since (day)'});
  const query = el('input', {type: 'text', id: 'catchup-query', maxlength: '500', placeholder: 'a topic or a question',
    'aria-label': 'Focus on a topic or a question'});
  const result = el('div', {id: 'catchup-result'});
  const form = el('form', {class: 'catchup', id: 'catchup', onsubmit: async (ev) => {
    ev.preventDefault();
    const params = new URLSearchParams();
    if (since.value) params.set('since', since.value);
    if (query.value.trim()) params.set('query', query.value.trim());
    if (![...params.keys()].length) return;
    try {
      const d = await api('/api/stories/' + encodeURIComponent(s.id) + '?' + params);
      const part = d.update || d.focus;
      const title = (part.since ? 'New since ' + part.since : 'The story') + (part.query ? ' on “' + part.query + '”' : '');
      const sentences = {id: s.id, articleIds: s.articleIds, articles: s.articles, summary: part.summary};
      result.replaceChildren(el('h3', {}, title),
          part.summary.length ? summary(sentences, articles, source, 'catchup-summary')
              : el('p', {class: 'muted'}, part.since ? 'Nothing new since ' + part.since + '.' : 'No summary.'));
    } catch (e) { failed(e); }
  }},
      el('label', {}, 'New since ', since), ' ',
      el('label', {}, 'about ', query), ' ',
      el('button', {type: 'submit'}, 'Catch up'));
  return el('section', {class: 'catchup-box', 'aria-label': 'Catch up or focus'}, form, result);
}

function summary(s, articles, source, id) {
  const box = el('div', {class: 'summary', id: id || 'summary'});
  s.summary.forEach((sentence, i) => {
    const p = el('p', {'data-sentence': i}, sentence.text);
    sentence.citationDetails.forEach(c => {
      const a = articles.get(c.articleId);
      const label = a ? shortName(a) : c.articleId;
      const button = el('button', {type: 'button', class: 'cite', title: 'Source: ' + label,
        'data-article': c.articleId, 'data-start': c.start, 'data-end': c.end,
        onclick: async () => {
          box.querySelectorAll('.cite.active').forEach(b => b.classList.remove('active'));
          button.classList.add('active');
          try {
            await openSource(source, c);
          } catch (e) { failed(e); }
        }}, String(citationNumber(s, c.articleId)));
      p.appendChild(button);
    });
    box.appendChild(p);
  });
  if (!s.summary.length) box.appendChild(el('p', {class: 'muted'}, 'No summary.'));
  return box;
}

/**
 * An article's number on the story page: its place among the story's articles, as `storyline show` numbers its
 * sources, so "1" is one article wherever it is cited.
 */
function citationNumber(s, articleId) {
  const k = (s.articleIds || s.articles.map(a => a.id)).indexOf(articleId);
  return k < 0 ? '?' : k + 1;
}

async function openSource(source, c) {
  const a = await api('/api/articles/' + encodeURIComponent(c.articleId));
  // the page gives the story the whole width until a citation is opened, then the source its column
  source.closest('.story-page')?.classList.add('reading');
  source.replaceChildren(
      el('p', {class: 'meta'}, 'Cited source'),
      el('h3', {}, a.title || '(untitled)'),
      el('p', {class: 'meta'}, [a.outlet, a.published].filter(Boolean).join(' · '), ' · ',
          link('/article/' + encodeURIComponent(a.id) + '?start=' + c.start + '&end=' + c.end, 'open article')),
      articleText(a.text, c.start, c.end));
  const mark = source.querySelector('mark.cited');
  if (mark) mark.scrollIntoView({block: 'center'});
}

function originBadge(c) {
  const n = c.supportingArticleIds.length;
  const k = c.origins.length;
  const cls = c.singleUnnamedSource ? 'badge single' : (k > 1 ? 'badge strong' : 'badge');
  return el('span', {class: cls, title: 'articles carrying the claim / independent origins among them'},
      plural(n, 'article') + ' / ' + k + ' independent origin' + (k === 1 ? '' : 's'));
}

/** An article as a few words: its outlet, else the start of its title. */
function shortName(a) {
  if (a.outlet) return a.outlet;
  const t = a.title || a.id;
  return t.length > 28 ? t.slice(0, 27) + '…' : t;
}

function originList(c, articles) {
  return el('ul', {class: 'origins'}, c.origins.map(o => el('li', o.why ? {title: o.why} : {},
      el('strong', {}, o.name || '(unknown)'), o.named ? '' : ' (unnamed source)',
      o.why && o.articleIds.length > 1 ? el('span', {class: 'muted why'}, ' (' + o.why + ')') : '', ' — ',
      o.articleIds.map(id => articles.get(id)).filter(Boolean).map((a, i) =>
          [i ? ', ' : '', link('/article/' + encodeURIComponent(a.id), shortName(a))]))));
}

function claims(s, articles) {
  if (!s.claims.length) return el('p', {class: 'muted'}, 'No claims found.');
  const rows = s.claims.map(c => el('tr', {'data-claim': c.id},
      el('td', {'data-label': 'Claim'}, c.text),
      el('td', {'data-label': 'Value'}, c.kind === 'quantity' ? c.label : ''),
      el('td', {'data-label': 'Support'}, originBadge(c), c.singleUnnamedSource ? el('span', {class: 'badge single'}, 'single unnamed source') : null,
          c.variants.length ? el('span', {class: 'badge single'}, plural(c.variants.length, 'variant')) : null,
          (c.languages || []).length > 1 ? el('span', {class: 'badge'}, 'read in ' + c.languages.map(l => l.name).join(', ')) : null),
      el('td', {'data-label': 'Origins'}, originList(c, articles))));
  return el('div', {class: 'table-wrap'}, el('table', {id: 'claims'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Claim'), el('th', {}, 'Value'), el('th', {}, 'Support'), el('th', {}, 'Origins'))),
      el('tbody', {}, rows)));
}

/** Claims that count the same thing differently, side by side, each with where it comes from. */
function variants(s, articles) {
  const byId = new Map(s.claims.map(c => [c.id, c]));
  const seen = new Set();
  const groups = [];
  for (const c of s.claims) {
    if (!c.variants.length || seen.has(c.id)) continue;
    const group = [c, ...c.variants.map(v => byId.get(v)).filter(Boolean)];
    group.forEach(g => seen.add(g.id));
    groups.push(group);
  }
  if (!groups.length) return null;
  return el('div', {id: 'variants'}, el('h2', {}, 'Conflicting figures'),
      groups.map(group => el('div', {class: 'variants'}, group.map(c => el('div', {class: 'variant'},
          el('div', {class: 'value'}, c.label), el('p', {}, c.text), originBadge(c), originList(c, articles))))));
}

// ---------- charts ----------

/** "2024-03", "2024" or "2024-03-12" as a day number, at the start of the period. */
function dayOf(date) {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 86400000;
}

/** A gap between events longer than this many days is drawn as a break of fixed width, not to scale. */
const BREAK_DAYS = 60;
const BREAK_WIDTH = 28;

/**
 * Positions for days on a time axis with breaks: a story's events are days apart, its background (a bridge
 * "opened in 1921") decades before; to scale, the background squeezes every recent event into one dot. Gaps over
 * BREAK_DAYS take BREAK_WIDTH pixels each and are returned to be marked; the rest share the width to scale.
 */
function brokenScale(days, width, pad) {
  const unique = [...new Set(days)].sort((a, b) => a - b);
  const gaps = unique.slice(1).map((d, i) => d - unique[i]);
  const breaks = gaps.filter(g => g > BREAK_DAYS).length;
  const scaled = gaps.filter(g => g <= BREAK_DAYS).reduce((a, b) => a + b, 0);
  const room = width - 2 * pad - breaks * BREAK_WIDTH;
  const pos = new Map([[unique[0], pad]]);
  const marks = [];
  let at = pad;
  gaps.forEach((g, i) => {
    if (g > BREAK_DAYS) {
      marks.push(at + BREAK_WIDTH / 2);
      at += BREAK_WIDTH;
    } else {
      at += scaled > 0 ? g / scaled * room : 0;
    }
    pos.set(unique[i + 1], at);
  });
  // a single day, or only breaks: spread the days evenly instead
  if (scaled === 0 && unique.length > 1) unique.forEach((d, i) => pos.set(d, pad + i * (width - 2 * pad) / (unique.length - 1)));
  if (unique.length === 1) pos.set(unique[0], width / 2);
  return {x: d => pos.get(d), breaks: scaled === 0 ? [] : marks};
}

/** Roughly how wide a label of these characters is drawn at the charts' 11px. */
function labelWidth(text) {
  return text.length * 6.5;
}

function timeline(s) {
  const events = s.timeline.filter(e => /^\d{4}(-\d{2}){0,2}$/.test(e.date));
  if (!events.length) return el('p', {class: 'muted'}, 'No dated events.');
  const width = 640;
  const days = events.map(e => dayOf(e.date));
  const axis = brokenScale(days, width, 40);
  const chart = svg('svg', {class: 'chart', id: 'timeline-chart', viewBox: `0 0 ${width} 70`, role: 'img',
    'aria-label': 'Timeline of ' + plural(events.length, 'dated event')},
      svg('line', {class: 'axis', x1: 20, y1: 35, x2: width - 20, y2: 35}));
  axis.breaks.forEach(bx => chart.appendChild(svg('text', {class: 'break', x: bx, y: 39, 'text-anchor': 'middle'}, '//')));
  // a label goes above or below the axis, wherever it does not run into the last one there; else it is left to
  // the list below (and the dot's title)
  events.forEach((e, i) => chart.appendChild(svg('circle', {class: 'dot', cx: axis.x(days[i]), cy: 35, r: 6},
      svg('title', {}, e.date + ': ' + e.text))));
  const rowEnd = [-Infinity, -Infinity];
  [...new Set(events.map(e => e.date))].sort((a, b) => dayOf(a) - dayOf(b) || a.localeCompare(b)).forEach(date => {
    const cx = axis.x(dayOf(date));
    const half = labelWidth(date) / 2;
    const row = [0, 1].find(r => cx - half > rowEnd[r] + 4);
    if (row === undefined) return;
    rowEnd[row] = cx + half;
    chart.appendChild(svg('text', {class: 'date-label', x: cx, y: row === 0 ? 20 : 60, 'text-anchor': 'middle'}, date));
  });
  return el('div', {}, chart, el('ol', {class: 'events', id: 'timeline'},
      events.map(e => el('li', {}, el('time', {datetime: e.date}, e.date), e.text))));
}

/** One row per outlet, a dot per article on the day it was published; the first outlet is marked. */
function coverage(s) {
  const dated = s.articles.filter(a => a.published);
  const outlets = s.coverage.map(c => c.outlet);
  if (!dated.length) return el('p', {class: 'muted'}, 'No publication dates known.');
  const width = 640;
  const row = 28;
  const left = 150;
  const days = dated.map(a => dayOf(a.published));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const x = d => left + 20 + (max === min ? 0 : (d - min) / (max - min) * (width - left - 60));
  const height = outlets.length * row + 40;
  const chart = svg('svg', {class: 'chart', id: 'coverage-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Which outlet published when'});
  const first = s.coverage.find(c => c.first);
  outlets.forEach((outlet, i) => {
    const y = 20 + i * row;
    chart.appendChild(svg('text', {class: 'label', x: 8, y: y + 4}, outlet.length > 22 ? outlet.slice(0, 21) + '…' : outlet));
    chart.appendChild(svg('line', {class: 'axis', x1: left, y1: y, x2: width - 20, y2: y}));
  });
  dated.forEach(a => {
    const i = outlets.indexOf(a.outlet || '(unknown outlet)');
    if (i < 0) return;
    const isFirst = first && first.outlet === (a.outlet || '(unknown outlet)') && first.first === a.published;
    chart.appendChild(svg('circle', {class: isFirst ? 'dot first' : 'dot', cx: x(dayOf(a.published)), cy: 20 + i * row, r: 6},
        svg('title', {}, (a.outlet || '') + ' · ' + a.published + ' · ' + a.title)));
  });
  const ticks = [...new Set(dated.map(a => a.published))].sort();
  ticks.forEach((t, i) => chart.appendChild(svg('text', {x: x(dayOf(t)), y: height - 8 - (i % 2) * 0, 'text-anchor': 'middle'}, t)));
  return el('div', {}, chart, first ? el('p', {class: 'meta', id: 'first-outlet'},
      'First: ' + first.outlet + ' (' + first.first + ')') : null);
}

/** A date and the evidence it comes from, as `storyline show` prints it: "2015-06-10 from weekday-in-lead". */
function whenText(d) {
  const day = d.precision === 'MONTH' ? d.date.slice(0, 7) : d.precision === 'YEAR' ? d.date.slice(0, 4) : d.date;
  return day + ' from ' + d.basis;
}

function memberList(s, articles) {
  const why = new Map((s.assignments || []).filter(Boolean).map(x => [x.articleId, x]));
  const when = new Map((s.articleIds || []).map((id, k) => [id, (s.memberDates || [])[k]]));
  return el('ul', {class: 'story-list', id: 'members'}, s.articles.map(a => el('li', {class: 'card'},
      el('h3', {}, '[' + citationNumber(s, a.id) + '] ', link('/article/' + encodeURIComponent(a.id), a.title || '(untitled)')),
      el('p', {class: 'meta'}, [a.outlet, a.published, when.get(a.id) ? 'event ' + whenText(when.get(a.id)) : null]
          .filter(Boolean).join(' · ')),
      why.has(a.id) && whyText(why.get(a.id)) ? el('p', {class: 'meta why'}, 'Why here: ' + whyText(why.get(a.id))) : null,
      reuseLine('Copies text from', a.copies, articles),
      reuseLine('Copied by', a.copiedBy, articles))));
}

/** The clusterer's reason: the sentence core makes once (the export's `why`), as `storyline show` prints it. */
function whyText(x) {
  return typeof x.why === 'string' && x.why ? x.why : null;
}

/** How the story came to be what it is, when it did not simply grow: stories merged into it, a storyline it joined later. */
function history(s) {
  const lines = [];
  for (const m of s.merges || []) {
    lines.push('Another story merged into this one on ' + m.on + ': an article could join both, and they were alike at '
        + Number(m.score).toFixed(2) + '.');
  }
  for (const m of s.storylineMoves || []) {
    lines.push('Joined a storyline on ' + m.on + ': no later article followed it, and that storyline was the closest on arrival.');
  }
  return lines.length ? el('ul', {class: 'meta', id: 'history'}, lines.map(t => el('li', {}, t))) : null;
}

function reuseLine(label, reuses, articles) {
  if (!reuses || !reuses.length) return null;
  return el('p', {class: 'meta reuse'}, label + ': ', reuses.map((r, i) => {
    const other = (articles && articles.get(r.articleId)) || {id: r.articleId, title: r.title, outlet: r.outlet};
    return [i ? ', ' : '', link('/article/' + encodeURIComponent(r.articleId), shortName(other)),
      ' (' + Math.round(r.share * 100) + '%)'];
  }));
}

// ---------- article ----------

/** The cleaned text in paragraphs, with [start, end) marked: offsets are into the same text the API returns. */
function articleText(text, start, end) {
  const box = el('div', {class: 'article-text'});
  const hasMark = Number.isInteger(start) && Number.isInteger(end) && end > start;
  let offset = 0;
  for (const para of text.split(/\n\s*\n/)) {
    const at = text.indexOf(para, offset);
    const from = at < 0 ? offset : at;
    const to = from + para.length;
    offset = to;
    const p = el('p', {});
    if (hasMark && start < to && end > from) {
      const a = Math.max(start, from) - from;
      const b = Math.min(end, to) - from;
      append(p, [para.slice(0, a), el('mark', {class: 'cited'}, para.slice(a, b)), para.slice(b)]);
    } else {
      p.textContent = para;
    }
    box.appendChild(p);
  }
  return box;
}

async function articlePage(id, params) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const start = params.has('start') ? Number(params.get('start')) : null;
  const end = params.has('end') ? Number(params.get('end')) : null;
  const removed = el('ul', {class: 'removed-list hidden', id: 'removed'},
      a.removedDetail.map(r => el('li', {}, el('span', {class: 'rule'}, r.rule), r.text)));
  const toggle = el('button', {type: 'button', id: 'toggle-removed', 'aria-expanded': 'false', 'aria-controls': 'removed',
    onclick: () => {
      const open = removed.classList.toggle('hidden') === false;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = (open ? 'Hide' : 'Show') + ' removed boilerplate (' + a.removedDetail.length + ')';
    }}, 'Show removed boilerplate (' + a.removedDetail.length + ')');
  document.title = (a.title || 'Article') + ' — Storyline';
  show(el('p', {class: 'meta'}, a.storyId ? link('/story/' + encodeURIComponent(a.storyId), '← Story') : link('/', '← All stories')),
      el('h1', {id: 'article-title'}, a.title || '(untitled)'),
      el('p', {class: 'meta'}, [a.outlet, a.byline, a.published].filter(Boolean).join(' · ')),
      a.url ? el('p', {class: 'meta'}, 'Source: ', el('a', {href: safeUrl(a.url), rel: 'noopener noreferrer nofollow'}, a.url)) : null,
      reuseLine('Copies text from', a.copies, null),
      reuseLine('Copied by', a.copiedBy, null),
      el('p', {}, toggle),
      removed,
      articleText(a.text, start, end));
  const mark = main.querySelector('mark.cited');
  if (mark) mark.scrollIntoView({block: 'center'});
}

/** Only web links are followed: a javascript: or data: URL from an article stays inert text. */
function safeUrl(url) {
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch (e) {
    return '#';
  }
}

// ---------- search ----------

async function searchPage(q) {
  document.getElementById('search').value = q;
  if (!q) return show(el('p', {class: 'muted'}, 'Type words to search for.'));
  const r = await api('/api/search?q=' + encodeURIComponent(q));
  document.title = q + ' — Storyline search';
  show(el('h1', {}, 'Search: ', el('q', {}, q)),
      el('h2', {}, plural(r.stories.length, 'story', 'stories')),
      el('ul', {class: 'story-list search-results', id: 'story-results'}, r.stories.map(storyItem)),
      el('h2', {}, plural(r.articles.length, 'article')),
      el('ul', {class: 'story-list search-results', id: 'article-results'}, r.articles.map(a => el('li', {class: 'card'},
          el('h3', {}, link('/article/' + encodeURIComponent(a.id), a.title || '(untitled)')),
          el('p', {class: 'meta'}, [a.outlet, a.published].filter(Boolean).join(' · ')),
          el('p', {class: 'snippet'}, highlighted(a.snippet, q))))));
}

/** The snippet as text nodes with the query's words in <mark>: matching is on the plain text, never on markup. */
function highlighted(text, q) {
  const words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(w => w.length > 2);
  if (!words.length) return [text];
  const lower = text.toLowerCase();
  const out = [];
  let at = 0;
  while (at < text.length) {
    let best = -1;
    let len = 0;
    for (const w of words) {
      const i = lower.indexOf(w, at);
      if (i >= 0 && (best < 0 || i < best)) { best = i; len = w.length; }
    }
    if (best < 0) break;
    out.push(text.slice(at, best), el('mark', {class: 'hit'}, text.slice(best, best + len)));
    at = best + len;
  }
  out.push(text.slice(at));
  return out;
}

// ---------- live updates ----------

let listening = false;

function setLive(on) {
  const badge = document.getElementById('live');
  badge.classList.toggle('on', on);
  badge.title = 'Live updates: ' + (on ? 'on' : 'off');
}

let reloadTimer = null;

function storyEvent(data) {
  if (data.id) fresh.add(data.id);
  // the list is re-read rather than patched: ordering and paging stay the server's
  if (parseRoute().path === '/' || parseRoute().path === '') {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => storyList().catch(failed), 150);
  }
}

/** SSE over fetch rather than EventSource, so the bearer token can go in a header. */
async function listen() {
  if (listening) return;
  listening = true;
  while (listening) {
    try {
      const res = await fetch('/api/events', {headers: Object.assign({'Accept': 'text/event-stream'}, headers())});
      if (res.status === 401) { listening = false; break; }
      if (!res.ok || !res.body) throw new Error('HTTP ' + res.status);
      setLive(true);
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const {value, done} = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, {stream: true}).replace(/\r\n/g, '\n');
        let at;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5).trim();
          }
          if (event === 'story' && data) {
            try { storyEvent(JSON.parse(data)); } catch (e) { /* a malformed event is skipped */ }
          }
        }
      }
    } catch (e) {
      // connection lost: retry below
    }
    setLive(false);
    await new Promise(r => setTimeout(r, 3000));
  }
}

listen();
route();
