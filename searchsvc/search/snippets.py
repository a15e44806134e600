"""Snippets: HTML-escaped text with our own <mark> tags, and the same as plain spans."""

from __future__ import annotations

from html import escape

from whoosh import highlight

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"


class _SpanFormatter(highlight.Formatter):
    """Whoosh formatter that returns (text, [[start, end], ...]) instead of a string."""

    between = " … "

    def format(self, fragments, replace=False):
        text, spans = "", []
        for i, fragment in enumerate(fragments):
            if i:
                text += self.between
            base = len(text)
            src = fragment.text
            cursor = fragment.startchar
            for token in fragment.matches:
                if token.startchar < cursor:
                    continue
                text += src[cursor : token.startchar]
                start = len(text)
                text += src[token.startchar : token.endchar]
                spans.append([start, len(text)])
                cursor = token.endchar
            text += src[cursor : fragment.endchar]
        return text, spans


def make_highlighter() -> highlight.Highlighter:
    return highlight.Highlighter(
        fragmenter=highlight.ContextFragmenter(maxchars=220, surround=60),
        formatter=_SpanFormatter(),
        order=highlight.SCORE,
    )


def render_html(text: str, spans: list[list[int]]) -> str:
    """Escape everything; only our <mark> tags are markup. Safe by construction."""
    out, cursor = [], 0
    for start, end in spans:
        out.append(escape(text[cursor:start]))
        out.append(MARK_OPEN + escape(text[start:end]) + MARK_CLOSE)
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def lead(text: str, limit: int = 220) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"
