/* Opens the site's Pagefind index for the search worker (workers/archive-pagefind.js) and the browse
 * page (archive-search-ui.js): the first shard, pagefind/, with Pagefind's runtime, and the shards that
 * pagefind/archive-shards.json lists, merged into it so that one search reads them all (each result,
 * count and filter count over the whole archive). The site is cut into shards because Pagefind's search
 * costs the square of the pages a word is on (converter/site/pagefind.py).
 *
 * Pagefind merges a shard only once its own runtime has loaded; each shard's entry and metadata are
 * fetched meanwhile, so that the merge finds them in the browser's cache (the entry's address is tagged
 * with the shard's index hash, which changes with the index, instead of Pagefind's default of the time). */
export async function openIndex(root) {
  const base = new URL("pagefind/", root);
  const options = { excerptLength: 30 };
  const listed = fetch(new URL("archive-shards.json", base))
    .then(response => (response.ok ? response.json() : { shards: [] }))
    .then(list => list.shards || [])
    .catch(() => []);
  const warmed = listed.then(shards => Promise.all(shards.map(shard => Promise.all([
    fetch(new URL(`${shard.path}pagefind-entry.json?ts=${shard.hash}`, base)),
    fetch(new URL(`${shard.path}pagefind.${shard.hash}.pf_meta`, base)),
  ]).catch(() => {}))));
  const pf = await import(new URL("pagefind.js", base).href);
  await pf.options(options);
  await pf.init();
  const shards = await listed;
  await warmed;
  /* Options are per index: a shard's excerpts must be as long as the first's. */
  await Promise.all(shards.map(shard =>
    pf.mergeIndex(new URL(shard.path, base).href, { ...options, metaCacheTag: shard.hash })));
  return pf;
}
