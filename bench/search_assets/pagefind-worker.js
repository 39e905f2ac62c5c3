/* Search worker for Material for MkDocs that answers from a Pagefind index (bench only).
 *
 * It speaks the theme's worker protocol (SETUP 0, READY 1, QUERY 2, RESULT 3), like
 * converter/site/assets/archive-search.js, so results appear in the theme's own search box and
 * the bench times both engines the same way. bench_search.py copies it over archive-search.js
 * in the Pagefind copy of the site; the index is in pagefind/ at the site root.
 *
 * The theme's protocol takes whole result objects, so only the results shown at once get their
 * data (title, excerpt) loaded; the exact count and the facet counts ride along as extra fields.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const SHOWN = 10; /* the theme renders ten results, then more on scroll */
const root = new URL("../../../", self.location.href).href;
const bundle = new URL("pagefind/pagefind.js", root);
let pagefind = null;
let latest = 0;

function load() {
  if (!pagefind) pagefind = import(bundle.href).then(async pf => {
    await pf.options({ excerptLength: 30 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

async function search(query) {
  const pf = await load();
  const found = await pf.search(query);
  if (!found) return { items: [] };
  const shown = await Promise.all(found.results.slice(0, SHOWN).map(r => r.data()));
  const items = shown.map((d, i) => [{
    /* Site-relative, as the theme's own locations are (Pagefind's are absolute in a worker). */
    location: d.url.startsWith(root) ? d.url.slice(root.length) : d.url.replace(/^\//, ""),
    title: d.meta.title || d.url,
    text: d.excerpt,
    score: found.results[i].score,
    terms: {},
  }]);
  return { items, total: found.results.length, filters: found.filters };
}

addEventListener("message", async ev => {
  const message = ev.data;
  if (message.type === SETUP) {
    load().catch(err => console.warn("Search index unavailable:", err));
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
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
