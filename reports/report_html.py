"""A self-contained HTML page: inline CSS, figures as PNG data URIs, no external asset of any kind.

The page carries a few lines of inline script that, once loaded, count the
figures the browser actually decoded into ``<body data-figures-rendered>``;
the browser test reads it back.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass, field
from typing import Sequence

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 1180px; margin: 2em auto;
       padding: 0 1em; color: #1b1b1b; line-height: 1.45; }
h1 { margin-bottom: .2em; } h2 { margin-top: 1.8em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
.verdict { font-size: 1.25em; padding: .7em 1em; border-radius: 6px; margin: 1em 0; }
.ok { background: #e6f4ea; border-left: 6px solid #1e8e3e; } .bad { background: #fce8e6; border-left: 6px solid #d93025; }
.note { background: #f1f3f4; border-left: 6px solid #5f6368; padding: .6em 1em; border-radius: 6px; }
table { border-collapse: collapse; margin: .8em 0; font-size: .92em; }
th, td { border: 1px solid #ddd; padding: .3em .6em; text-align: right; }
th { background: #f6f6f6; } td:first-child, th:first-child { text-align: left; }
figure { margin: 1.2em 0; } figure img { max-width: 100%; border: 1px solid #eee; }
figcaption { color: #555; font-size: .92em; } code { background: #f3f3f3; padding: 0 .25em; }
"""

_SCRIPT = """
window.addEventListener("load", function () {
  var shown = Array.prototype.filter.call(document.images, function (img) {
    return img.complete && img.naturalWidth > 0;
  });
  document.body.setAttribute("data-figures-rendered", String(shown.length));
});
"""


@dataclass
class Page:
    """Sections of raw HTML (already escaped) and figures, rendered in order."""

    title: str
    parts: list[str] = field(default_factory=list)

    def heading(self, text: str) -> None:
        self.parts.append(f"<h2>{html.escape(text)}</h2>")

    def paragraph(self, text: str, css_class: str | None = None) -> None:
        cls = f' class="{css_class}"' if css_class else ""
        self.parts.append(f"<p{cls}>{html.escape(text)}</p>")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(_fmt(v))}</td>" for v in row) + "</tr>" for row in rows)
        self.parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")

    def figure(self, png: bytes, caption: str, name: str) -> None:
        data = base64.b64encode(png).decode("ascii")
        self.parts.append(
            f'<figure id="fig-{html.escape(name)}"><img alt="{html.escape(caption)}" '
            f'src="data:image/png;base64,{data}"><figcaption>{html.escape(caption)}</figcaption></figure>'
        )

    def render(self) -> str:
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(self.title)}</title><style>{_CSS}</style></head>\n<body>"
            f"<h1>{html.escape(self.title)}</h1>\n" + "\n".join(self.parts) + f"\n<script>{_SCRIPT}</script></body></html>\n"
        )


def _fmt(value: object) -> str:
    if isinstance(value, float):
        if value == 0 or 1e-3 <= abs(value) < 1e5:
            return f"{value:.4f}"
        return f"{value:.2e}"
    return "" if value is None else str(value)
