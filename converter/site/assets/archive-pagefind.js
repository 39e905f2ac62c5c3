/* Search worker for Material for MkDocs that answers from the site's Pagefind index.
 *
 * It speaks the theme's worker protocol (SETUP 0, READY 1, QUERY 2, RESULT 3), so results appear
 * in the theme's own search box with its keyboard behaviour. The index is in pagefind/ at the
 * site root, found from this file's own address (assets/javascripts/workers/), so the site works
 * under any sub-path. The theme counts the results it is given; the exact count goes to the page
 * on a BroadcastChannel (archive-search-ui.js shows it), as the protocol has no field for it.
 *
 * Pagefind's excerpts are page text with <mark> around matches; titles are page text. The theme
 * inserts both as HTML, so everything but <mark> and </mark> is escaped here.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const SHOWN = 10; /* results loaded (one fragment each) and shown; the browse page (browse/) pages through all */
/* A key press within this long replaces the query before it is searched. Pagefind's search blocks the
 * worker, and the short prefixes typed first are the slowest (at 10,000 articles "k" took 1.2 s, "kade"
 * 0.06 s): searched one by one, they held the query typed last behind them. A last word of three letters
 * or more is cheaper to search, and more likely the word meant: it waits less. */
const SETTLE_SHORT_MS = 120;
const SETTLE_MS = 80;
const root = new URL("../../../", self.location.href);
const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("archive-search") : null;
let pagefind = null;
let latest = 0;

/* The index, all shards merged (archive-index.js beside this file's folder, at this file's version). */
function load() {
  if (!pagefind) {
    const module = new URL("../archive-index.js" + self.location.search, self.location.href).href;
    pagefind = import(module).then(index => index.openIndex(root)).catch(err => {
      pagefind = null;
      throw err;
    });
  }
  return pagefind;
}

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (all, name) => {
    const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name.toLowerCase()];
    if (named) return named;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

function escapeHTML(text) {
  return text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/* Text that may hold <mark> and </mark> (and entities): only those two tags stay markup. */
function marked(text) {
  return String(text || "").split(/(<\/?mark>)/).map((part, i) => (i % 2 ? part : escapeHTML(decode(part)))).join("");
}

/* A result's title; a hand-written page (meta kind "page") is marked as one, apart from the articles. */
function label(d) {
  const title = marked(d.meta && d.meta.title ? d.meta.title : d.url);
  return d.meta && d.meta.kind === "page" ? `Page: ${title}` : title;
}

/* Site-relative, as the theme's own locations are. */
function siteRelative(url) {
  const href = new URL(url, root).href;
  return href.startsWith(root.href) ? href.slice(root.href.length) : href;
}

/* The theme's result items for Pagefind's results (their fragments loaded: a request each). */
async function items(results, words) {
  const shown = await Promise.all(results.map(r => r.data()));
  /* Every word counts as found (Pagefind answers only pages holding all of them): with search.highlight
   * the theme marks them on the page that a result opens. */
  const terms = Object.fromEntries(words.map(w => [w.toLowerCase(), true]));
  return shown.map((d, i) => [{
    location: siteRelative(d.url),
    title: label(d),
    text: marked(d.excerpt),
    score: results[i].score,
    terms,
  }]);
}

/* `current()` is false once a newer query came: the theme sends one per key press, and a superseded
 * query must not search, nor fetch the fragments (a request per result) the newest one waits behind.
 *
 * Unquoted words (typed or pasted) are searched twice: as a phrase of the words as typed, then as
 * Pagefind reads them, the last word also as the start of longer ones. The pages of the first come first:
 * a phrase before its words apart, a word before the words it begins. And the first is several times
 * faster (at 10,000 articles a word in nearly every article took 0.3 s against 1.5 s: no prefix to
 * expand), so when it fills the list, the list is shown (`early`) before the second search counts. */
async function search(query, current, early) {
  const text = query.trim();
  if (!text) return { items: [], total: 0 };
  const words = text.match(/[\p{L}\p{N}]+/gu) || [];
  const last = words.length ? words[words.length - 1] : "";
  const phrase = words.length && !text.includes('"') ? `"${words.join(" ")}"` : null;
  /* The wait for the next key runs while the index opens (on a cold page, its shards are still loading). */
  const settled = new Promise(resolve => setTimeout(resolve, last.length >= 3 ? SETTLE_MS : SETTLE_SHORT_MS));
  const pf = await load();
  /* The index chunks the first search reads load while the query waits: a fetch, not a search, so the
   * worker stays free (a one-letter prefix would fetch many chunks, and is seldom the word meant). */
  if (phrase && last.length >= 2) pf.preload(phrase).catch(() => {});
  await settled;
  if (!current()) return null;
  const exact = phrase ? await pf.search(phrase) : null;
  if (!current()) return null;
  let shown = null;
  if (exact && exact.results.length >= SHOWN) {
    shown = await items(exact.results.slice(0, SHOWN), words);
    if (!current()) return null;
    early({ items: shown, total: null });
  }
  const found = await pf.search(text);
  if (!found || !current()) return null;
  let results = found.results;
  if (exact && exact.results.length) {
    const phrased = new Set(exact.results.map(r => r.id));
    results = [...exact.results, ...results.filter(r => !phrased.has(r.id))];
  }
  return { items: shown || await items(results.slice(0, SHOWN), words), total: found.results.length };
}

addEventListener("message", async ev => {
  const message = ev.data;
  if (message.type === SETUP) {
    load().catch(err => console.warn("Search index unavailable:", err));
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    /* Answer only the newest query: an older one finishing late would show stale results. */
    const seq = ++latest;
    const query = String(message.data || "");
    /* The theme reads items; the page's count (archive-search-ui.js) reads total, null while counting. */
    const answer = data => {
      if (channel) channel.postMessage({ query: query.trim(), total: data.total });
      postMessage({ type: RESULT, data });
    };
    let data = { items: [], total: 0 };
    let shown = false;
    try {
      data = await search(query, () => seq === latest, early => {
        shown = true;
        answer(early);
      });
    } catch (err) {
      console.warn("Search failed:", err);
    }
    if (seq !== latest || !data) return;
    if (!shown) answer(data);
    else if (channel) channel.postMessage({ query: query.trim(), total: data.total });  /* the list stands */
  }
});
