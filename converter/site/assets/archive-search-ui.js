/* The page side of the archive's search (the worker is workers/archive-pagefind.js).
 *
 * 1. The theme's search box: the theme counts the results it was handed (ten at most); the
 *    worker broadcasts the exact count, shown here as "1,000 results" with a link to the browse
 *    page for the same words ("Counting results…" while the first results are shown before it).
 * 2. The browse page (browse/): search with filters by source, author, year and tag, with counts,
 *    and browse by those without a query. Plain labelled form controls: usable by keyboard.
 *
 * Titles and excerpts come from scraped pages: text only, through textContent, except Pagefind's
 * <mark> around matched words, rebuilt as elements (never through innerHTML).
 */
"use strict";

(() => {
  const script = document.currentScript;
  const root = new URL("../../", script ? script.src : location.href); /* from assets/javascripts/ */
  const FACETS = [["source", "Source"], ["author", "Author"], ["year", "Year"], ["tag", "Tag"]];
  const PAGE = 20;
  let pagefind = null;

  function load() {
    /* From root, fixed when this script ran: a script's src, read later, resolves against the page
     * the theme's instant navigation has moved to. */
    if (!pagefind) pagefind = import(new URL("assets/javascripts/archive-index.js", root).href)
      .then(index => index.openIndex(root));
    return pagefind;
  }

  function plural(n) {
    return `${n.toLocaleString("en")} result${n === 1 ? "" : "s"}`;
  }

  function browseURL(query, filters) {
    const url = new URL("browse/", root);
    if (query) url.searchParams.set("q", query);
    for (const [name, value] of Object.entries(filters || {})) if (value) url.searchParams.set(name, value);
    return url;
  }

  /* -- the theme's search box: the exact count ------------------------------------------------- */

  let counted = null;

  function showCount() {
    const meta = document.querySelector(".md-search-result__meta");
    const input = document.querySelector(".md-search__input");
    if (!meta || !input || !counted || input.value.trim() !== counted.query || !counted.query) return;
    /* A null total: the first results are shown while the worker still counts them all. */
    const text = counted.total === null ? "Counting results…"
      : counted.total ? plural(counted.total) : `No results for “${counted.query}”`;
    if (meta.dataset.archiveCount === text && meta.firstChild && meta.firstChild.textContent === text) return;
    meta.dataset.archiveCount = text;
    if (counted.total === null) {
      meta.replaceChildren(document.createTextNode(text));
      return;
    }
    const link = document.createElement("a");
    link.href = browseURL(counted.query).href;
    link.className = "archive-search-browse";
    link.textContent = counted.total ? "Filter by source, author, year or tag" : "Browse by source, author, year or tag";
    meta.replaceChildren(document.createTextNode(text), document.createTextNode(" · "), link);
  }

  if (typeof BroadcastChannel === "function") {
    new BroadcastChannel("archive-search").onmessage = ev => {
      counted = ev.data;
      showCount();
    };
  }
  /* The theme rewrites its count after each result list: put the exact one back. */
  new MutationObserver(showCount).observe(document.documentElement, { childList: true, subtree: true });

  /* -- the browse page ----------------------------------------------------------------------- */

  /* Pagefind's excerpt (escaped text with <mark>) as nodes: text nodes and <mark> elements only. */
  function excerptNodes(html) {
    const out = [];
    String(html || "").split(/(<\/?mark>)/).forEach((part, i, parts) => {
      if (i % 2 || !part) return;
      const text = new DOMParser().parseFromString(`<p>${part.replace(/</g, "&lt;")}`, "text/html").body.textContent;
      if (i > 0 && parts[i - 1] === "<mark>") {
        const mark = document.createElement("mark");
        mark.textContent = text;
        out.push(mark);
      } else out.push(document.createTextNode(text));
    });
    return out;
  }

  function option(value, label) {
    const el = document.createElement("option");
    el.value = value;
    el.textContent = label;
    return el;
  }

  function fillSelect(select, counts, chosen, noun) {
    const values = Object.entries(counts || {}).filter(([v, n]) => n > 0 || v === chosen)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    select.replaceChildren(option("", `Any ${noun}`),
      ...values.map(([v, n]) => option(v, `${v} (${n.toLocaleString("en")})`)));
    select.value = chosen || "";
  }

  async function setupBrowse(panel) {
    if (panel.dataset.ready) return;
    panel.dataset.ready = "1";
    const form = panel.querySelector("form");
    const input = form.querySelector("input[name=q]");
    const status = panel.querySelector(".archive-browse__status");
    const list = panel.querySelector(".archive-browse__results");
    const more = panel.querySelector(".archive-browse__more");
    const selects = Object.fromEntries(FACETS.map(([name]) => [name, form.querySelector(`select[name=${name}]`)]));
    const params = new URL(location.href).searchParams;
    input.value = params.get("q") || "";
    let results = [];
    let shown = 0;
    let seq = 0;

    function chosen() {
      return Object.fromEntries(FACETS.map(([name]) => [name, selects[name].value]).filter(([, v]) => v));
    }

    async function showMore() {
      const mine = seq;
      const batch = await Promise.all(results.slice(shown, shown + PAGE).map(r => r.data()));
      if (mine !== seq) return; /* a newer search cleared the list meanwhile */
      for (const d of batch) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = new URL(d.url, root).href;
        link.textContent = `${d.meta && d.meta.kind === "page" ? "Page: " : ""}${(d.meta && d.meta.title) || d.url}`;
        const title = document.createElement("h2");
        title.append(link);
        const excerpt = document.createElement("p");
        excerpt.append(...excerptNodes(d.excerpt));
        item.append(title, excerpt);
        list.append(item);
      }
      shown += batch.length;
      more.hidden = shown >= results.length;
    }

    async function run() {
      const mine = ++seq;
      const pf = await load();
      const query = input.value.trim();
      const filters = chosen();
      const all = await pf.filters();
      let found = null;
      if (query || Object.keys(filters).length) found = await pf.search(query || null, { filters });
      if (mine !== seq) return;
      /* A facet's counts leave out its own choice (the other values stay reachable), keep the rest. */
      const counts = {};
      for (const [name] of FACETS) {
        const others = { ...filters };
        delete others[name];
        if (!found) counts[name] = all[name];
        else if (!(name in filters)) counts[name] = found.filters[name];
        else if (query || Object.keys(others).length) counts[name] = (await pf.search(query || null, { filters: others })).filters[name];
        else counts[name] = all[name];
      }
      if (mine !== seq) return;
      for (const [name, noun] of FACETS) fillSelect(selects[name], counts[name], filters[name], noun.toLowerCase());
      history.replaceState(history.state, "", browseURL(query, filters).href);
      list.replaceChildren();
      results = found ? found.results : [];
      shown = 0;
      more.hidden = true;
      if (!found) {
        status.textContent = "Type words, or choose a source, author, year or tag to browse.";
        return;
      }
      await showMore();
      if (mine !== seq) return;
      status.textContent = results.length ? plural(results.length)
        : "No results. Try fewer words, or another source, author, year or tag.";
    }

    const rerun = () => run().catch(err => console.warn("Browse failed:", err));
    for (const [name] of FACETS) {
      const value = params.get(name);
      if (value) selects[name].append(option(value, value));
      selects[name].value = value || "";
      selects[name].addEventListener("change", rerun);
    }
    form.addEventListener("submit", ev => {
      ev.preventDefault();
      rerun();
    });
    more.addEventListener("click", () => showMore().catch(err => console.warn("Browse failed:", err)));
    await run();
  }

  function init() {
    const panel = document.getElementById("archive-browse");
    if (panel) setupBrowse(panel).catch(err => console.warn("Browse unavailable:", err));
  }

  /* With navigation.instant the theme swaps pages in without loading them: it announces each on document$. */
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
