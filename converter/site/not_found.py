"""The 404 page: says what happened and where to go, and is styled under any sub-path.

GitHub Pages serves 404.html for a missing page at any depth, and the theme writes its links
absolute from `site_url`: built without `SITE_URL`, a project site (`/repo/`) got an unstyled 404.
Here its links become relative to the site's root, and a small script in <head> finds that root
(the build's own path first, then the address's folders, longest first, asking for a file every
archive has) and sets <base> and the theme's configuration before the theme reads them.
"""

from __future__ import annotations

import json
import re

from markupsafe import escape

PROBE = "assets/stylesheets/archive.css"  # a file every archive site has

_ROOT_SCRIPT = """<script>(function () {
  var known = %s, path = location.pathname, parts = path.split("/").filter(Boolean), tries = [], root = known;
  if (known !== "/" && path.indexOf(known) === 0) tries.push(known);
  for (var i = Math.min(parts.length - 1, 4); i >= 0; i--) {
    tries.push("/" + parts.slice(0, i).join("/") + (i ? "/" : ""));
  }
  for (var j = 0; j < tries.length; j++) {
    try {
      var x = new XMLHttpRequest();
      x.open("HEAD", tries[j] + %s, false);
      x.send();
      if (x.status === 200) { root = tries[j]; break; }
    } catch (e) {}
  }
  window.__archiveRoot = root;
  document.write('<base href="' + root.replace(/["<>]/g, "") + '">');
})();</script>"""

_CONFIG_SCRIPT = """<script>(function () {
  var el = document.getElementById("__config"), c = JSON.parse(el.textContent), root = window.__archiveRoot || "/";
  c.base = root;
  if (c.search) c.search = root + c.search;
  el.textContent = JSON.stringify(c);
})();</script>"""

_HEADING = "<h1>404 - Not found</h1>"


def message(urls: dict[str, str]) -> str:
    links = ['<a href="">newest articles</a>']
    for uri, label in (("archive/index.md", "archive by date"), ("sources/index.md", "sources")):
        if uri in urls:
            links.append(f'<a href="{escape(urls[uri])}">{label}</a>')
    return (
        '<h1>Page not found</h1>\n<p class="archive-empty">There is no page at this address in the archive '
        "(error 404). It may have moved when the archive was rebuilt, or the link may be mistyped.</p>\n"
        f"<p>Go to the {', the '.join(links)}, or search the full text with the search box above.</p>"
    )


def page(html: str, base: str, urls: dict[str, str]) -> str:
    """404.html with root-relative links, the root-finding script, and a message that says where to go."""
    absolute = re.compile(r'((?:href|src)=")' + re.escape(base) + r"(?!/)")
    html = absolute.sub(r"\1", html)
    html = html.replace(f'"base": {json.dumps(base)}', '"base": ""', 1)
    html = html.replace(f'"search": {json.dumps(base)[:-1]}', '"search": "', 1)
    html = html.replace("<head>", "<head>" + _ROOT_SCRIPT % (json.dumps(base), json.dumps(PROBE)), 1)
    html = re.sub(
        r'(<script id="__config" type="application/json">[^<]*</script>)',
        lambda m: m.group(1) + _CONFIG_SCRIPT,
        html,
        count=1,
    )
    return html.replace(_HEADING, message(urls), 1)
