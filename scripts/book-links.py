#!/usr/bin/env python3
"""Checks a built mdBook (no network): every internal link and anchor resolves, and no mdBook
directive was left unexpanded.

    python3 scripts/book-links.py BOOK_SRC HTML_DIR

- Every href and src that is not an absolute URL must name a file of HTML_DIR, and a
  `#fragment` an id (or name) in that file.
- `{{#` may appear in a page only as often as its chapter shows the syntax on purpose, escaped
  as `\\{{#` in BOOK_SRC; everywhere else it is a directive mdBook did not expand.

Prints what it checked; exits 1 with one line per problem.
"""

import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

DIRECTIVE = "{{#"


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (line, url)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            if (name == "href" and tag in ("a", "link", "area")) or (
                name == "src" and tag in ("script", "img", "iframe")
            ):
                self.links.append((self.getpos()[0], value))


def parse(path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    return page


def expected_directives(src, html_dir, rel):
    """How many `{{#` the page may show: its chapter's escaped ones."""
    counts = {}
    for root, _, files in os.walk(src):
        for name in files:
            if name.endswith(".md"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    counts[os.path.relpath(path, src)[:-3] + ".html"] = f.read().count(
                        "\\" + DIRECTIVE
                    )
    if rel == "print.html":
        return sum(counts.values())
    if rel == "index.html":
        # The first chapter again; which one that is does not matter here: take the largest.
        return max(counts.values(), default=0)
    return counts.get(rel, 0)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    src, html_dir = sys.argv[1], sys.argv[2]
    pages = {}
    for root, _, files in os.walk(html_dir):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(root, name)
                pages[os.path.relpath(path, html_dir)] = parse(path)
    problems = []
    links = anchors = 0
    for rel, page in sorted(pages.items()):
        for line, url in page.links:
            parts = urlsplit(url)
            if parts.scheme or url.startswith("//"):
                continue
            target = rel
            if parts.path:
                target = os.path.normpath(
                    os.path.join(os.path.dirname(rel), unquote(parts.path))
                )
                if parts.path.endswith("/"):
                    target = os.path.join(target, "index.html")
                if not os.path.isfile(os.path.join(html_dir, target)):
                    problems.append(f"{rel}:{line}: {url}: there is no {target}")
                    continue
            links += 1
            if parts.fragment:
                anchors += 1
                fragment = unquote(parts.fragment)
                if target not in pages:
                    problems.append(f"{rel}:{line}: {url}: #{fragment} points into a file that is not a page")
                elif fragment not in pages[target].ids:
                    problems.append(f"{rel}:{line}: {url}: {target} has no id {fragment!r}")
    checked_text = 0
    for root, _, files in os.walk(html_dir):
        for name in files:
            if not name.endswith((".html", ".js", ".json")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, html_dir)
            with open(path, encoding="utf-8", errors="replace") as f:
                found = f.read().count(DIRECTIVE)
            checked_text += 1
            if name.endswith(".html"):
                allowed = expected_directives(src, html_dir, rel)
            elif name.startswith("searchindex"):
                allowed = expected_directives(src, html_dir, "print.html")
            else:
                allowed = 0
            if found > allowed:
                problems.append(
                    f"{rel}: {found} times {DIRECTIVE!r}, of which {found - allowed} not escaped in "
                    f"{src}: an mdBook directive left unexpanded (escape an example as \\{DIRECTIVE})"
                )
    for problem in problems:
        print(f"book-links: {problem}", file=sys.stderr)
    print(
        f"book-links: {len(pages)} pages, {links} internal links ({anchors} with an anchor), "
        f"{checked_text} files read for unexpanded directives: "
        + ("ok" if not problems else f"{len(problems)} problems")
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
