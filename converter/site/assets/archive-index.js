/* Opens the site's Pagefind index for the search worker (workers/archive-pagefind.js) and the browse
 * page (archive-search-ui.js): the first shard, pagefind/, with Pagefind's runtime, and the shards that
 * pagefind/archive-shards.json lists, merged into it so that one search reads them all (each result,
 * count and filter count over the whole archive). The site is cut into shards because Pagefind's search
 * costs the square of the pages a word is on (converter/site/pagefind.py). */
export async function openIndex(root) {
  const base = new URL("pagefind/", root);
  const options = { excerptLength: 30 };
  const listed = fetch(new URL("archive-shards.json", base))
    .then(response => (response.ok ? response.json() : { shards: [] }))
    .catch(() => ({ shards: [] }));
  const pf = await import(new URL("pagefind.js", base).href);
  await pf.options(options);
  await pf.init();
  const { shards } = await listed;
  /* Options are per index: a shard's excerpts must be as long as the first's. */
  await Promise.all((shards || []).map(path => pf.mergeIndex(new URL(path, base).href, options)));
  return pf;
}
