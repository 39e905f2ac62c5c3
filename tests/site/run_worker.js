// Runs converter/site/assets/archive-search.js in Node against a built site folder, the way the
// theme drives it: one SETUP message, then one QUERY per argument. Prints the RESULT messages as JSON.
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");
const [workerPath, siteDir, ...queries] = process.argv.slice(2);
const results = [], listeners = [];
const context = {
  self: { location: { href: "http://127.0.0.1/assets/javascripts/workers/archive-search.js?v=1" } },
  URL, TextEncoder, console,
  fetch: async url => {
    const file = path.join(siteDir, decodeURIComponent(new URL(url).pathname));
    if (!fs.existsSync(file)) return { ok: false, status: 404 };
    return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) };
  },
  postMessage: message => { if (message.type === 3) results.push(message.data); },
  addEventListener: (type, fn) => listeners.push(fn),
};
vm.createContext(context);
vm.runInContext(fs.readFileSync(workerPath, "utf8"), context);
(async () => {
  for (const fn of listeners) await fn({ data: { type: 0, data: { config: {}, docs: [] } } });
  for (const query of queries)
    for (const fn of listeners) await fn({ data: { type: 2, data: query } });
  process.stdout.write(JSON.stringify(results));
})();
