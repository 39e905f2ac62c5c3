/* Search worker for Material for MkDocs that reads a prebuilt, sharded index.
 *
 * It speaks the theme's worker protocol (SETUP 0, READY 1, QUERY 2, RESULT 3), so the
 * header search box and result list are the theme's own; only the index differs. The
 * index lives in search/archive/ at the site root (see converter/site/search_index.py):
 * docs.json holds [location, title, info] per document, and one shard per three-letter term
 * prefix (or whole shorter term) maps each term to its delta-encoded document ids (and weights when not 1).
 * p/<n>.json holds the body word positions of the terms whose FNV-1a hash is n modulo
 * docs.json's "buckets", as [count per posting, all positions]; a query of several words fetches them for its two rarest words and
 * ranks the documents that hold those words at the query's distance (the phrase) first.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const MAX_RESULTS = 100;
const MAX_EXPANSION = 100;
const PREFIX_LENGTH = 3;
const PHRASE_BONUS = 1000;
const MAX_PHRASE_WORDS = 6;
const encoder = new TextEncoder();
const version = new URL(self.location.href).searchParams.get("v") || "";
const base = new URL("../../../search/archive/", self.location.href);
const shards = new Map();
let docs = null;
let latest = 0;

function fetchJSON(name) {
  const url = new URL(name, base);
  if (version) url.searchParams.set("v", version);
  return fetch(url).then(res => {
    if (res.status === 404) return {};
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return res.json();
  });
}

function tokens(text) {
  return text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
}

function shardName(term) {
  return [...term].slice(0, PREFIX_LENGTH).map(c => c.codePointAt(0).toString(16)).join("-") + ".json";
}

function shardByName(name) {
  if (!shards.has(name)) shards.set(name, fetchJSON(name).catch(err => {
    shards.delete(name);
    throw err;
  }));
  return shards.get(name);
}

function shard(term) {
  return shardByName(shardName(term));
}

function fnv1a(term) {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(term)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

function decode(deltas) {
  const out = new Array(deltas.length);
  let value = 0;
  for (let i = 0; i < deltas.length; i++) out[i] = value += deltas[i];
  return out;
}

/* Positions of a term in each document of its postings: [[count per posting], [all positions]]. */
function positionsOf([sizes, flat]) {
  const starts = new Array(sizes.length);
  let start = 0;
  for (let i = 0; i < sizes.length; i++) {
    starts[i] = start;
    start += sizes[i];
  }
  return k => flat.slice(starts[k], starts[k] + sizes[k]);
}

/* Documents (of `ids`) holding the words at their distances in the query: the phrase. */
async function phraseMatches(index, words, ids) {
  const files = await Promise.all(words.map(w => shardByName(`p/${fnv1a(w.term) % index.buckets}.json`)));
  if (words.some((w, i) => !files[i][w.term])) return new Set();
  const lists = words.map((w, i) => positionsOf(files[i][w.term]));
  const where = words.map(w => new Map(w.ids.map((id, i) => [id, i])));
  const found = new Set();
  for (const id of ids) {
    if (!where.every(map => map.has(id))) continue;
    const spots = words.map((w, i) => new Set(lists[i](where[i].get(id))));
    const [first, ...rest] = words;
    for (const p of spots[0]) {
      if (rest.every((w, i) => spots[i + 1].has(p + w.offset - first.offset))) {
        found.add(id);
        break;
      }
    }
  }
  return found;
}

function escapeHTML(text) {
  return text.replace(/[&<>"']/g, c => ({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"
  })[c]);
}

/* A word's weight in every document (0: absent) and its document count. The last word of
 * the query, once it has PREFIX_LENGTH letters, also matches longer words (the reader is still
 * typing); its shard holds all of them, as shards are keyed by a term's first letters. */
function wordWeights(table, term, prefix, n) {
  let names = term in table ? [term] : [];
  if (prefix) {
    names = Object.keys(table).filter(t => t.startsWith(term))
      .sort((a, b) => (b === term) - (a === term) || table[b][0].length - table[a][0].length)
      .slice(0, MAX_EXPANSION);
  }
  const weights = new Float64Array(n);
  let count = 0;
  for (const name of names) {
    const [deltas, values] = table[name];
    let id = 0;
    for (let i = 0; i < deltas.length; i++) {
      id += deltas[i];
      const w = values ? values[i] : 1;
      if (weights[id] === 0) count++;
      if (w > weights[id]) weights[id] = w;
    }
  }
  return { weights, count };
}

/* Mark query words (and prefixes of the last one) in escaped text. */
function highlight(text, words) {
  let out = "", last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const t = m[0].normalize("NFKC").toLowerCase();
    const hit = words.some((w, i) => t === w || (i === words.length - 1 && t.startsWith(w)));
    if (!hit) continue;
    out += escapeHTML(text.slice(last, m.index)) + "<mark>" + escapeHTML(m[0]) + "</mark>";
    last = m.index + m[0].length;
  }
  return out + escapeHTML(text.slice(last));
}

async function search(query) {
  const typed = tokens(query);
  const words = [...new Set(typed)];
  if (!words.length) return { items: [] };
  const [index, ...tables] = await Promise.all([docs, ...words.map(shard)]);
  const n = index.n || 1;
  const last = words.length - 1;
  const lists = words.map((w, i) => wordWeights(tables[i], w, i === last && [...w].length >= PREFIX_LENGTH, n));
  /* Every word must match; when no document has them all, fall back to any word. */
  let ids = [];
  for (let id = 0; id < n; id++) if (lists.every(list => list.weights[id] > 0)) ids.push(id);
  const all = ids.length > 0;
  if (!all) for (let id = 0; id < n; id++) if (lists.some(list => list.weights[id] > 0)) ids.push(id);
  /* Several words, all found: rank the documents holding the exact phrase first. */
  let phrase = new Set();
  /* Offsets come from the query as typed, repeated words included. */
  const decoded = words.map((w, i) => (w in tables[i] ? decode(tables[i][w][0]) : null));
  const exact = typed
    .map((term, offset) => ({ term, offset, ids: decoded[words.indexOf(term)] }))
    .filter(w => w.ids);
  if (all && exact.length > 1 && index.buckets) {
    /* The rarest words carry the phrase; very common ones would cost large downloads. */
    const chosen = exact.sort((x, y) => x.ids.length - y.ids.length).slice(0, MAX_PHRASE_WORDS)
      .sort((x, y) => x.offset - y.offset);
    phrase = await phraseMatches(index, chosen, ids);
  }
  const scored = [];
  for (const id of ids) {
    let score = phrase.has(id) ? PHRASE_BONUS : 0;
    const terms = {};
    words.forEach((w, i) => {
      const weight = lists[i].weights[id];
      terms[w] = weight > 0;
      if (weight > 0) score += Math.log(1 + n / lists[i].count) * (1 + Math.log(weight));
    });
    scored.push({ id, score, terms });
  }
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  const items = scored.slice(0, MAX_RESULTS).map(({ id, score, terms }) => {
    const [location, title, info] = index.docs[id];
    return [{ location, title: highlight(title, words), text: escapeHTML(info || ""), score, terms }];
  });
  return { items };
}

addEventListener("message", async ev => {
  const message = ev.data;
  if (message.type === SETUP) {
    docs = fetchJSON("docs.json");
    docs.catch(err => console.warn("Search index unavailable:", err));
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    /* Answer only the newest query: an older one finishing late would show stale results. */
    const seq = ++latest;
    let data = { items: [] };
    try {
      data = await search(message.data);
    } catch (err) {
      console.warn("Search failed:", err);
    }
    if (seq === latest) postMessage({ type: RESULT, data });
  }
});
