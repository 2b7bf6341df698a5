"""The article body a researcher sees: code listings without their line
numbers, and the prose around a listing kept with it.

Pages are written here, in the shapes the common syntax highlighters
produce (a gutter cell in a two-column table, a number element at the start
of every line).
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import LINE_BREAK, Article, BlockKind
from tests.library.test_extract_html import html_doc, texts

_PROSE = (
    "<p>Our harbour model reads the tide tables once a day, and the ferry schedule follows.</p>"
)


def _page(listing: str) -> Article:
    return extract_html(
        html_doc(
            "<html><body><article><h1>Tide tables</h1>"
            f"{_PROSE}{listing}"
            "<p>After that, the schedule is written to disk for the harbour office.</p>"
            "</article></body></html>"
        )
    )


def _code(article: Article) -> list[str]:
    return [line for text in texts(article, BlockKind.CODE) for line in text.split(LINE_BREAK)]


def test_a_number_gutter_table_beside_the_code_is_dropped_and_the_prose_stays() -> None:
    listing = (
        '<div class="highlight"><table class="codetable"><tbody><tr>'
        "<td><pre>1\n2\n3</pre></td>"
        "<td><pre><code>tides = read(path)\nfor tide in tides:\n    print(tide)</code></pre></td>"
        "</tr></tbody></table></div>"
    )
    article = _page(listing)
    assert _code(article) == ["tides = read(path)", "for tide in tides:", "    print(tide)"]
    paragraphs = texts(article, BlockKind.PARAGRAPH)
    assert any("reads the tide tables" in text for text in paragraphs)
    assert any("harbour office" in text for text in paragraphs)


def test_a_gutter_written_as_number_marks_in_its_own_pre_is_dropped_too() -> None:
    # Chroma (Hugo) writes the gutter cell as a <pre> of "lnt" spans; once
    # those marks went first, the empty cell kept the listing a table.
    listing = (
        '<table class="lntable"><tbody><tr><td class="lntd"><pre class="chroma"><code>'
        '<span class="lnt">1\n</span><span class="lnt">2\n</span></code></pre></td>'
        '<td class="lntd"><pre class="chroma"><code class="language-python">'
        '<span class="line"><span class="cl">tides = read(path)\n</span></span>'
        '<span class="line"><span class="cl">print(tides)\n</span></span></code></pre></td>'
        "</tr></tbody></table>"
    )
    article = _page(listing)
    assert _code(article) == ["tides = read(path)", "print(tides)"]
    assert texts(article, BlockKind.TABLE) == []


def test_numbers_marked_at_the_start_of_each_line_are_not_code() -> None:
    by_class = (
        '<pre><span class="lineno">1</span>tides = read(path)\n'
        '<span class="lineno">2</span>print(tides)</pre>'
    )
    by_style = (
        '<pre><code><span><span style="user-select:none"> 9</span>tides = read(path)\n</span>'
        '<span><span style="user-select:none">10</span>print(tides)</span></code></pre>'
    )
    for listing in (by_class, by_style):
        assert _code(_page(listing)) == ["tides = read(path)", "print(tides)"]


def test_a_table_with_a_figure_beside_a_snippet_keeps_its_figure() -> None:
    # Not a gutter: one figure, no line-number class, in a table of data.
    listing = (
        "<table><tr><th>Exit code</th><th>Command</th></tr>"
        "<tr><td>2</td><td><pre>ferry --check</pre></td></tr>"
        "<tr><td>3</td><td><pre>ferry --sail</pre></td></tr></table>"
    )
    table = texts(_page(listing), BlockKind.TABLE)
    assert len(table) == 1
    assert "2 | ferry --check" in table[0]


def test_a_listing_with_a_block_per_line_does_not_take_the_page() -> None:
    # Some documentation sites wrap the code inside <pre> in a <div>; those
    # lines are code, not paragraphs that could pull the body choice.
    lines = "\n".join(
        f"schedule.add(ferry={n}, tide=tides[{n}], crew=crews[{n}], notes=notes[{n}])"
        for n in range(8)
    )
    listing = (
        '<div class="tabs"><div class="panel"><div>'
        f'<pre><div class="wrapper"><code>{lines}</code></div></pre>'
        "</div></div></div>"
    )
    article = _page(listing)
    paragraphs = texts(article, BlockKind.PARAGRAPH)
    assert any("reads the tide tables" in text for text in paragraphs)
    assert any("harbour office" in text for text in paragraphs)
    assert len(_code(article)) == 8


def test_a_formula_drawn_by_a_tex_service_reads_as_its_tex() -> None:
    formulas = (
        '<p>The tide height is <img src="https://latex.codecogs.com/svg.image?'
        '%5Cfrac%7Bh%7D%7B2%7D"> at the pier.</p>'
        '<p>The draught is <img src="https://s0.wp.com/latex.php?latex=d%5E2+%2B+1&amp;bg=fff">'
        " in metres.</p>"
        '<p>The delay is <img src="https://chart.apis.google.com/chart?cht=tx&amp;chl=%5Calpha">'
        " minutes.</p>"
        '<p>A photo: <img src="https://example.org/photos/latex-gloves.jpg"> of the crew.</p>'
    )
    paragraphs = texts(_page(formulas), BlockKind.PARAGRAPH)
    assert "The tide height is \\frac{h}{2} at the pier." in paragraphs
    assert "The draught is d^2 + 1 in metres." in paragraphs
    assert "The delay is \\alpha minutes." in paragraphs
    assert "A photo: of the crew." in paragraphs


def test_a_formula_kept_only_as_mathml_reads_as_tex() -> None:
    # MathJax's SVG output keeps the formula as a picture plus a MathML copy.
    formula = (
        '<p>The wave height is <mjx-container class="MathJax" jax="SVG">'
        '<svg viewBox="0 0 10 10"><path d="M0 0"></path></svg>'
        "<mjx-assistive-mml><math><msub><mi>h</mi><mtext>max</mtext></msub><mo>=</mo>"
        "<mfrac><mrow><mi>\u03bb</mi><mo>\u22c5</mo><msqrt><mi>g</mi></msqrt></mrow>"
        "<msup><mi>T</mi><mn>2</mn></msup></mfrac></math></mjx-assistive-mml>"
        "</mjx-container>at the harbour mouth.</p>"
        "<div><mjx-container display='true'><mjx-assistive-mml><math><mtable><mlabeledtr>"
        "<mtd><mtext>(2)</mtext></mtd><mtd><mi>E</mi><mo>\u2264</mo><mn>4</mn></mtd>"
        "</mlabeledtr></mtable></math></mjx-assistive-mml></mjx-container></div>"
    )
    body = texts(_page(formula))
    assert (
        "The wave height is h_{\\text{max}} = \\frac{\\lambda \\cdot \\sqrt{g}}{T^2}"
        " at the harbour mouth."
    ) in body
    assert "E \\leq 4 \\tag{2}" in body


def test_a_formula_kept_only_as_mathjax_html_reads_as_tex() -> None:
    # MathJax's HTML output saved without its assistive MathML: custom
    # elements named after MathML, each glyph an mjx-c whose character is
    # its text or, drawn by the style sheet, the code point in its class.
    def glyphs(*codes: str) -> str:
        return "".join(f'<mjx-c class="mjx-c{code}"></mjx-c>' for code in codes)

    formula = (
        '<p>The mean height is <mjx-container class="MathJax" jax="CHTML"><mjx-math>'
        '<mjx-mi><mjx-c class="mjx-c1D43B">\U0001d43b</mjx-c></mjx-mi>'
        f"<mjx-mo>{glyphs('3D')}</mjx-mo>"
        "<mjx-mfrac><mjx-frac><mjx-num><mjx-nstrut></mjx-nstrut><mjx-mn>"
        f"{glyphs('31')}</mjx-mn></mjx-num><mjx-dbox><mjx-dtable><mjx-line></mjx-line>"
        f"<mjx-row><mjx-den><mjx-mi>{glyphs('1D45B')}</mjx-mi></mjx-den></mjx-row>"
        "</mjx-dtable></mjx-dbox></mjx-frac></mjx-mfrac>"
        f"<mjx-munderover><mjx-over><mjx-mi>{glyphs('1D45B')}</mjx-mi></mjx-over>"
        "<mjx-box><mjx-munder><mjx-row><mjx-base><mjx-mo>"
        f"{glyphs('2211')}</mjx-mo></mjx-base></mjx-row><mjx-row><mjx-under><mjx-mrow>"
        f"<mjx-mi>{glyphs('1D456')}</mjx-mi><mjx-mo>{glyphs('3D')}</mjx-mo>"
        f"<mjx-mn>{glyphs('31')}</mjx-mn></mjx-mrow></mjx-under></mjx-row></mjx-munder>"
        "</mjx-box></mjx-munderover>"
        f"<mjx-msubsup><mjx-mi>{glyphs('210E')}</mjx-mi><mjx-script>"
        f"<mjx-mn>{glyphs('32')}</mjx-mn><mjx-spacer></mjx-spacer>"
        f"<mjx-mi>{glyphs('1D456')}</mjx-mi></mjx-script></mjx-msubsup>"
        "</mjx-math></mjx-container> over the day.</p>"
        '<div><mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math>'
        f"<mjx-msub><mjx-mi>{glyphs('1D70E')}</mjx-mi><mjx-script><mjx-mi>"
        f"{glyphs('74', '69', '64', '65')}</mjx-mi></mjx-script></mjx-msub>"
        f"<mjx-mo>{glyphs('2264')}</mjx-mo><mjx-msqrt><mjx-sqrt><mjx-surd><mjx-mo>"
        f"{glyphs('221A')}</mjx-mo></mjx-surd><mjx-box><mjx-mi>{glyphs('1D454')}</mjx-mi>"
        "</mjx-box></mjx-sqrt></mjx-msqrt>"
        '<mjx-mo><mjx-stretchy-v class="mjx-c28"><mjx-beg><mjx-c></mjx-c></mjx-beg>'
        "<mjx-ext><mjx-c></mjx-c></mjx-ext><mjx-end><mjx-c></mjx-c></mjx-end>"
        "</mjx-stretchy-v></mjx-mo>"
        f"<mjx-mi>{glyphs('1D41A')}</mjx-mi><mjx-mo>{glyphs('29')}</mjx-mo>"
        "</mjx-math></mjx-container></div>"
    )
    body = texts(_page(formula))
    assert "The mean height is H = \\frac{1}{n} \\sum_{i = 1}^n h_i^2 over the day." in body
    assert "\\sigma_{tide} \\leq \\sqrt{g} ( \\mathbf{a} )" in body


def test_a_page_builder_page_keeps_every_section_and_drops_its_menu() -> None:
    # Elementor calls every block a widget; the word alone is no sidebar.
    def widget(kind: str, inner: str) -> str:
        return (
            f'<div class="elementor-element elementor-widget elementor-widget-{kind}">'
            f'<div class="elementor-widget-container">{inner}</div></div>'
        )

    sections = "".join(
        '<div class="e-con"><div class="e-con-inner">'
        + widget("heading", f"<h2>Pier {n}</h2>")
        + widget(
            "text-editor",
            f"<p>Pier {n} was rebuilt in spring, and the ferry now docks there twice a day, "
            "weather permitting, with a waiting room for foot passengers.</p>",
        )
        + "</div></div>"
        for n in range(1, 5)
    )
    menu = widget(
        "nav-menu", "<ul>" + "".join(f'<li><a href="/p{n}">Page {n}</a></li>' for n in range(6))
    )
    html = f'<html><body><div class="elementor">{menu}{sections}</div></body></html>'
    body = "\n".join(texts(extract_html(html_doc(html))))
    for n in range(1, 5):
        assert f"Pier {n} was rebuilt in spring" in body
    assert "Page 3" not in body


def test_long_footnotes_after_a_short_article_do_not_replace_it() -> None:
    html = (
        "<html><body><article><h1>Pier report</h1>"
        "<p>The pier reopened this week after the storm.<sup>1</sup></p>"
        "<p>Ferries will stop there from Monday.<sup>2</sup></p></article>"
        "<div class='post-footnotes'><h4>Notes</h4>"
        "<p><sup>1</sup> The storm, which reached the coast on a Tuesday, damaged the decking, "
        "the railings, the lamps and, worst of all, the landing stage.</p>"
        "<p><sup>2</sup> Weather permitting, and subject to the harbour master, the pilots, "
        "the tide tables and, as ever, the ferry company's own schedule.</p></div>"
        "</body></html>"
    )
    body = texts(extract_html(html_doc(html)))
    assert body[0].startswith("The pier reopened this week after the storm.")
    assert body[1].startswith("Ferries will stop there from Monday.")
    assert any("damaged the decking" in text for text in body[2:])


def test_a_relative_time_label_reads_as_its_date_but_prose_keeps_its_words() -> None:
    html = (
        "<html><body><div class='thread'>"
        "<div class='message'><p class='tagline'>mae_pilot 12 points "
        "<time datetime='2024-03-02T09:00:00Z'>2 days ago</time></p>"
        "<p>The evening ferry was cancelled again, the third time this month, and the "
        "harbour office has still not said why.</p></div>"
        "<div class='message'><p class='tagline'>rosa 3 points "
        "<span class='age' title='2024-03-03T10:30:00'><a href='/item?id=2'>1 day ago</a></span>"
        "</p><p>The 3 months ago <time datetime='2023-12-01'>timetable change</time> is why: "
        "the crossing now waits for the tide, as it did before the war.</p></div>"
        "</div></body></html>"
    )
    body = texts(extract_html(html_doc(html)))
    # (The first tagline is the page's dateline and goes with its header.)
    assert not any("days ago" in text or "day ago" in text for text in body)
    assert "rosa 3 points 2024-03-03" in body
    assert any(text.startswith("The 3 months ago timetable change is why") for text in body)


def test_a_paragraph_pasting_a_link_is_kept_but_a_teaser_line_goes() -> None:
    html = (
        "<html><body><div class='post'>"
        "<p>The harbour office finally published the winter timetable, with the evening "
        "crossings restored on weekdays and a later boat on Fridays.</p>"
        "<p>The timetable: <a href='https://harbour.example.org/t.pdf'>"
        "https://harbour.example.org/t.pdf</a></p>"
        "<p>Read: <a href='/news/pier'>Pier repairs finish early</a></p>"
        "<p>The old pier will reopen for foot passengers once the railings are replaced, "
        "which the office expects by the end of the month.</p>"
        "</div></body></html>"
    )
    body = texts(extract_html(html_doc(html)))
    assert "The timetable: https://harbour.example.org/t.pdf" in body
    assert not any("Pier repairs finish early" in text for text in body)


def test_note_markers_leave_the_sentence_and_the_notes_keep_their_numbers() -> None:
    html = (
        "<html><body><article><h1>Pier report</h1>"
        "<p>The pier reopened this week after the storm.<sup><a href='#fn1'>1</a></sup> "
        "Ferries stop there<a class='footnote-ref' href='#fn2'>2</a> from Monday.</p>"
        "<p>The new landing stage covers 40 m<sup>2</sup>, twice the old one, and "
        "the decking was laid by the harbour's own crew.<sup>3</sup></p>"
        "<h2>Notes</h2><p id='fn1'><sup>1</sup> The storm reached the coast on a Tuesday.</p>"
        "<p id='fn2'>2. Weather permitting.</p>"
        "<p><sup>3</sup> Four carpenters and an apprentice.</p></article></body></html>"
    )
    body = texts(extract_html(html_doc(html)))
    assert body[0] == "The pier reopened this week after the storm. Ferries stop there from Monday."
    assert body[1].startswith("The new landing stage covers 40 m2, twice the old one")
    assert body[1].endswith("laid by the harbour's own crew.")
    assert "1 The storm reached the coast on a Tuesday." in body
    assert "3 Four carpenters and an apprentice." in body


def test_a_side_note_leaves_its_sentence_and_follows_the_text_with_its_number() -> None:
    # Tufte CSS and org-mode set a side note inside the sentence it
    # annotates; the page shows it in the margin.
    html = (
        "<html><body><article><h1>Pier report</h1><div class='post'>"
        "<p>The pier reopened this week after the storm.<label class='footref' for='sn1'>1"
        "</label><input id='sn1' type='checkbox'><span class='sidenote'><sup>1</sup> The "
        "storm reached the coast on a Tuesday.</span> Ferries stop there from Monday.</p>"
        "<p>The landing stage was rebuilt by the harbour's own crew over the winter"
        "<span class='marginnote'>Four carpenters and an apprentice.</span>, and it is "
        "twice as wide as the old one.</p></div></article></body></html>"
    )
    body = texts(extract_html(html_doc(html)))
    assert body == [
        "The pier reopened this week after the storm. Ferries stop there from Monday.",
        "The landing stage was rebuilt by the harbour's own crew over the winter, and it is "
        "twice as wide as the old one.",
        "1 The storm reached the coast on a Tuesday.",
        "Four carpenters and an apprentice.",
    ]


def test_a_side_note_written_as_a_block_beside_the_text_stays_in_place() -> None:
    html = (
        "<html><body><article><h1>Pier report</h1>"
        "<p>The pier reopened this week after the storm, and ferries stop there again.</p>"
        "<div class='sidenote'>The storm reached the coast on a Tuesday.</div>"
        "<p>The landing stage was rebuilt by the harbour's own crew over the winter.</p>"
        "</article></body></html>"
    )
    body = texts(extract_html(html_doc(html)))
    assert body[1] == "The storm reached the coast on a Tuesday."


def test_notes_kept_as_a_numbered_list_beside_the_text_take_their_markers() -> None:
    html = (
        "<html><body><article><h1>Pier report</h1>"
        "<div class='with-aside'><div class='with-aside-content'>"
        "<p>The pier reopened this week after the storm.<sup>1</sup></p>"
        "<p>Ferries stop there again from Monday, twice an hour in the mornings.</p></div>"
        "<aside><ol><li>The storm reached the coast on a Tuesday.</li></ol></aside></div>"
        "<div class='with-aside'><div class='with-aside-content'>"
        "<p>The landing stage is twice as wide<sup>2</sup> as the old one, and the "
        "decking was laid by the harbour's own crew.</p></div>"
        "<aside><ol start='2'><li>Twelve metres against six.</li></ol></aside></div>"
        "</article></body></html>"
    )
    body = texts(extract_html(html_doc(html)))
    assert "The pier reopened this week after the storm." in body
    assert any(text.startswith("The landing stage is twice as wide as the old") for text in body)
    assert "1 The storm reached the coast on a Tuesday." in body
    assert "2 Twelve metres against six." in body


def test_an_exponent_stays_beside_a_numbered_list_of_links() -> None:
    html = (
        "<html><body><article><h1>Pier report</h1>"
        "<p>The new landing stage covers 40 m<sup>2</sup>, twice the old one, and the "
        "decking was laid by the harbour's own crew over the winter.</p></article>"
        "<aside><h2>Most read</h2><ol><li><a href='/a'>Ferry fares rise</a></li>"
        "<li><a href='/b'>Storm closes the pier</a></li></ol></aside></body></html>"
    )
    body = texts(extract_html(html_doc(html)))
    assert body[0].startswith("The new landing stage covers 40 m2, twice")


def test_a_side_note_in_a_list_item_stays_in_the_list() -> None:
    html = (
        "<html><body><article><h1>Pier report</h1>"
        "<p>The pier reopened this week after the storm, and ferries stop there again.</p>"
        "<ul><li>Ferries call twice an hour<span class='sidenote'>Weather permitting.</span>"
        " in the mornings.</li><li>The landing stage is twice as wide.</li></ul>"
        "</article></body></html>"
    )
    items = texts(extract_html(html_doc(html)), BlockKind.LIST_ITEM)
    assert len(items) == 2
    assert items[0].startswith("Ferries call twice an hour")


def test_an_expandable_caption_is_one_caption_without_its_more_and_less_buttons() -> None:
    # News sites set a caption twice: whole with a "less" button, cut with
    # "… more"; a researcher sees one caption.
    html = (
        "<html><body><article><h1>Pier report</h1><figure>"
        "<img src='https://example.org/pier.jpg' alt=''><figcaption>"
        "<div class='caption-full'>The new landing stage at dawn on Monday, the first ferry "
        "waiting beside it. <a href='#'>less</a></div>"
        "<div class='caption-cut'>The new landing stage at dawn on Monday, the first ... "
        "<a href='#'>more</a></div></figcaption></figure>"
        "<p>The pier reopened this week after the storm, and ferries stop there again.</p>"
        "<p>The landing stage was rebuilt by the harbour crew over the winter months.</p>"
        "</article></body></html>"
    )
    assert texts(extract_html(html_doc(html)), BlockKind.CAPTION) == [
        "The new landing stage at dawn on Monday, the first ferry waiting beside it."
    ]


def test_a_caption_ending_in_more_or_less_keeps_its_words() -> None:
    html = (
        "<html><body><article><h1>Pier report</h1><figure>"
        "<img src='https://example.org/pier.jpg' alt=''>"
        "<figcaption>The harbour floods less</figcaption></figure>"
        "<p>The pier reopened this week after the storm, and ferries stop there again.</p>"
        "<p>The landing stage was rebuilt by the harbour crew over the winter months.</p>"
        "</article></body></html>"
    )
    assert texts(extract_html(html_doc(html)), BlockKind.CAPTION) == ["The harbour floods less"]
