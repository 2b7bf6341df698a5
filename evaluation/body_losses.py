"""Where a page's body text is lost, by stage (counts only; s50-body).

``python -m evaluation.body_losses [--below 0.7]`` reads every defuddle and
scrapinghub page whose body recall (or precision) is below the bound and
gives, per page, the share of the gold text still held after each stage of
the extraction: the page once cleaned (hidden elements, scripts, chrome by
name), the elements the scoring chose (before pruning), the same after
pruning, and the article's blocks. Where the chosen elements lose it, the
nearest ancestor of the chosen core that holds the lost text is found:
how many levels up it stands, and the recall and precision its whole text
would give. Only tune pages get a row; the check half is one line that
counts its pages by the stage where they lose most (issue 16: the check
half is seen by counts only; stop 50 took out per-page check rows, since a
rule was once written from their structure). Nothing of any page's text is
printed."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from evaluation.extraction import (
    _DEFUDDLE_TOKEN,
    _TOKEN,
    article_text,
    defuddle_cases,
    extract_file,
    markdown_text,
    overlap,
    precision,
    recall,
    scrapinghub_pages,
)
from evaluation.split import TUNE, half
from quotemark.library.extract import html as html_module

_STAGES = ("raw", "clean", "chosen", "pruned", "final")


def _text(elements: list[etree._Element]) -> str:
    return "\n".join(" ".join("".join(e.itertext()).split()) for e in elements)


class _Probe:
    """Wraps the stages of :func:`html_module._body` to keep the text each
    stage leaves (the strict reading's; whether a lenient one ran)."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.core: etree._Element | None = None
        self.lenient = False
        self._saved: dict[str, Any] = {}

    def __enter__(self) -> _Probe:
        clean, choose, prune = html_module.clean_page, html_module.choose, html_module.prune

        def clean_page(root: etree._Element, marks: Any, **kwargs: Any) -> None:
            if kwargs.get("drop_hidden"):
                body = root.find("body")
                self.texts["raw"] = _text([body if body is not None else root])
            clean(root, marks, **kwargs)
            if kwargs.get("drop_hidden"):
                body = root.find("body")
                self.texts["clean"] = _text([body if body is not None else root])
            else:
                self.lenient = True

        def choose_page(body: etree._Element, **kwargs: Any) -> Any:
            page = choose(body, **kwargs)
            self.texts["chosen"] = _text(page.content)
            self.core = page.core.element
            self._ancestors = [(0, page.core.element)] + [
                (level, a) for level, a in enumerate(page.core.element.iterancestors(), 1)
            ]
            self.ancestor_texts = [(level, _text([a])) for level, a in self._ancestors]
            return page

        def prune_page(page: Any, url: Any) -> None:
            prune(page, url)
            self.texts["pruned"] = _text(page.content)

        self._saved = {"clean_page": clean, "choose": choose, "prune": prune}
        html_module.clean_page = clean_page  # type: ignore[assignment]
        html_module.choose = choose_page  # type: ignore[assignment]
        html_module.prune = prune_page  # type: ignore[assignment]
        return self

    def __exit__(self, *args: object) -> None:
        for name, value in self._saved.items():
            setattr(html_module, name, value)


def _pages(shared: Path) -> Iterator[tuple[str, str, str, str | None, str, Any]]:
    for case in defuddle_cases(shared):
        yield (
            "defuddle",
            case.name,
            case.html,
            case.url,
            markdown_text(case.body),
            _DEFUDDLE_TOKEN,
        )
    for key, page_html, url, gold in scrapinghub_pages(shared):
        yield "scrapinghub", key, page_html, url or None, gold, _TOKEN


def _pr(gold: str, text: str, token: Any) -> tuple[float, float]:
    counts = overlap(gold, text, token)
    return recall(*counts), precision(*counts)


def _structure(
    probe: _Probe, level: int, gold: str, token: Any, show: Callable[[str], None]
) -> None:
    # Each element from the core up to the ancestor that holds the text:
    # its tag, and per element child its tag, its share of the gold text
    # (recall), its precision, and whether the path runs through it.
    path = [element for _level, element in probe._ancestors[: level + 1]]
    for depth, element in enumerate(path):
        cells = []
        for child in element:
            if not isinstance(child.tag, str):
                continue
            text = _text([child])
            if len(text) < 20:
                continue
            child_r, child_p = _pr(gold, text, token)
            mark = "*" if depth and child is path[depth - 1] else ""
            cells.append(f"{mark}{child.tag}:{len(text)}c R{child_r:.2f}/P{child_p:.2f}")
        show(f"      level {depth} <{element.tag}> " + "  ".join(cells[:12]))


def report(
    shared: Path, below: float, show: Callable[[str], None] = print, *, structure: bool = False
) -> None:
    """Print one row per page below ``below`` (see the module doc)."""
    show(
        f"  {'corpus':<12}{'half':<6}{'R raw':>8}{'clean':>8}{'chosen':>8}{'pruned':>8}{'final':>8}"
        f"{'P final':>8}{'lenient':>8}   up  R up  P up   page"
    )
    rows = 0
    check_losses: dict[str, int] = {}
    for corpus, name, page_html, url, gold, token in _pages(shared):
        suffix = ".html" if corpus == "defuddle" else ".html.gz"
        which = half(name + suffix)
        with _Probe() as probe:
            article = extract_file(Path(name + ".html"), page_html, url)
        final = article_text(article, with_alt=corpus == "defuddle")
        final_r, final_p = _pr(gold, final, token)
        if final_r >= below and final_p >= below:
            continue
        figures = [_pr(gold, probe.texts.get(stage, ""), token)[0] for stage in _STAGES[:4]]
        if which != TUNE:
            steps = [*figures, final_r]
            drops = [steps[i] - steps[i + 1] for i in range(len(steps) - 1)]
            worst = _STAGES[1 + drops.index(max(drops))] if max(drops) > 0 else "precision"
            check_losses[worst] = check_losses.get(worst, 0) + 1
            continue
        rows += 1
        up = ""
        if figures[2] < figures[1] - 0.1 and getattr(probe, "ancestor_texts", None):
            for level, text in probe.ancestor_texts:
                level_r, level_p = _pr(gold, text, token)
                if level_r >= figures[1] - 0.05:
                    up = f"{level:>5}{level_r:>6.2f}{level_p:>6.2f}"
                    if structure:
                        _structure(probe, level, gold, token, show)
                    break
        label = name[:50]
        show(
            f"  {corpus:<12}{which:<6}"
            + "".join(f"{value:>8.2f}" for value in figures)
            + f"{final_r:>8.2f}{final_p:>8.2f}{'yes' if probe.lenient else '':>8}"
            + f"{up or ' ' * 17}   {label}"
        )
    counted = ", ".join(f"{stage} {count}" for stage, count in sorted(check_losses.items()))
    show(
        f"  check half: {sum(check_losses.values())} pages below the bound; most lost at: {counted}"
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m evaluation.body_losses [--below B] [--shared PATH]``."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.body_losses")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--below", type=float, default=0.7)
    parser.add_argument("--structure", action="store_true", help="tags and shares, levels up")
    args = parser.parse_args(argv)
    report(args.shared, args.below, structure=args.structure)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
