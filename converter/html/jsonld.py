"""schema.org JSON-LD in a page: the Article object, with @graph, lists and @id references resolved."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import html as lxml_html

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "techarticle",
        "scholarlyarticle",
        "report",
        "socialmediaposting",
        "liveblogposting",
        "posting",
        "medicalscholarlyarticle",
        "advertisercontentarticle",
        "satiricalarticle",
        "review",
        "creativework",
    }
)
_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "aboutpage", "profilepage"})
# Control characters that some sites leave raw inside JSON strings.
_CONTROL = re.compile(r"[\x00-\x1f]")


def _load(text: str) -> Any:
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    try:
        return json.loads(text)
    except ValueError:
        try:
            return json.loads(_CONTROL.sub(" ", text))
        except ValueError:
            return None


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        if "@graph" in node:
            yield from _walk(node["@graph"])
        for key in ("mainEntity", "itemReviewed"):
            if isinstance(node.get(key), dict | list):
                yield from _walk(node[key])


def types_of(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].lower() for k in kinds if k}


def objects(root: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, @graph members included."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        found.extend(_walk(_load(script.text or "")))
    return found


def resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """Replace a bare {"@id": ...} reference by the object it names."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    if isinstance(value, list):
        return [resolve(v, by_id) for v in value]
    return value


def article_object(root: lxml_html.HtmlElement) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The page's Article object (or its WebPage when no Article exists), and objects by @id."""
    objs = objects(root)
    by_id = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str)}
    articles = [
        o
        for o in objs
        if types_of(o) & ARTICLE_TYPES and (o.get("headline") or o.get("articleBody") or o.get("datePublished"))
    ]
    if articles:
        # The object with the most article fields is the page's own article, not a teaser of another.
        return max(
            articles,
            key=lambda o: sum(k in o for k in ("headline", "author", "datePublished", "articleBody", "publisher")),
        ), by_id
    pages = [o for o in objs if types_of(o) & _PAGE_TYPES]
    return (pages[0] if pages else None), by_id


def names(value: Any, by_id: dict[str, dict[str, Any]], *, people_only: bool = False) -> list[str]:
    """Names from a string, a Person/Organization object, or a list of them."""
    value = resolve(value, by_id)
    if isinstance(value, list):
        return [n for item in value for n in names(item, by_id, people_only=people_only)]
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if people_only and types_of(value) & {"organization", "newsmediaorganization", "corporation"}:
            return []
        name = value.get("name")
        if isinstance(name, list):
            # ["Travis Andersen", "Adam Sennott"] is two people; ["Jane", "Doe"] is one name in parts.
            if len(name) > 1 and all(isinstance(n, str) and len(n.split()) >= 2 for n in name):
                return [str(n) for n in name]
            name = " ".join(str(n) for n in name)
        if not name and (value.get("givenName") or value.get("familyName")):
            name = f"{value.get('givenName', '')} {value.get('familyName', '')}"
        return [str(name)] if name else []
    return []


def first_url(value: Any) -> str | None:
    """A URL from a string, an ImageObject-like object, or a list of them."""
    if isinstance(value, list):
        for item in value:
            url = first_url(item)
            if url:
                return url
        return None
    if isinstance(value, dict):
        return first_url(value.get("url") or value.get("@id") or value.get("contentUrl"))
    return value if isinstance(value, str) and value.strip() else None
