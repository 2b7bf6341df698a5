"""Reading posts from disk: the format is sniffed from the bytes, the text is
decoded right whatever the page declares, and the page's address is found."""

from __future__ import annotations

import pickle
import shutil
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from quotemark.library.errors import UnreadableInput
from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.model import Article, Block, BlockKind, Metadata, SourceFormat
from quotemark.library.pipeline import content_hash, process

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
IMPORTERS = FIXTURES / "importers"
CAFE = (
    "Caf\u00e9 owners on the na\u00efve side of the quay said \u201cnever again\u201d \u2014 twice."
)


def body(path: Path) -> str:
    return "\n".join(block.text for block in extract(read(path)).blocks)


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8.html", "utf-8"),
        ("windows-1252.html", "windows-1252"),
        ("bom-utf8.html", "utf-8"),
        ("bom-utf16.html", "utf-16-le"),
        ("declared-utf8-is-1252.html", "windows-1252"),
        ("declared-latin1-is-utf8.html", "utf-8"),
        ("undeclared-1252.html", "windows-1252"),
    ],
)
def test_html_in_any_encoding_reads_as_the_author_wrote_it(name: str, encoding: str) -> None:
    doc = read(IMPORTERS / name)
    assert doc.format is SourceFormat.HTML
    assert doc.encoding == encoding
    assert doc.html is not None
    assert CAFE in doc.html
    assert "\ufeff" not in doc.html
    assert "\ufffd" not in doc.html
    assert CAFE in body(IMPORTERS / name)


def test_shift_jis_page_reads_as_japanese() -> None:
    doc = read(IMPORTERS / "shift_jis.html")
    assert doc.encoding == "cp932"  # Shift_JIS as browsers read it
    assert "\u6e2f\u306e\u6843\u6a4b\u304c\u4e8c\u5e74\u3076\u308a\u306b\u518d\u958b" in (
        doc.html or ""
    )


def test_original_bytes_are_kept_for_re_extraction() -> None:
    path = IMPORTERS / "windows-1252.html"
    assert read(path).original == path.read_bytes()


def test_saved_from_comment_gives_the_address_the_page_was_loaded_from() -> None:
    doc = read(IMPORTERS / "utf8.html")
    assert doc.url == "https://coast.example.org/2024/pier.html"


def test_canonical_link_gives_the_address_when_no_comment(tmp_path: Path) -> None:
    text = (IMPORTERS / "utf8.html").read_text(encoding="utf-8").split("\n", 1)[1]
    path = tmp_path / "pier.html"
    path.write_text(text, encoding="utf-8")
    assert read(path).url == "https://coast.example.org/pier"


def test_open_graph_url_is_the_last_resort() -> None:
    assert read(IMPORTERS / "og-url.html").url == "https://coast.example.org/og-pier?a=1&b=2"


def test_format_is_sniffed_from_content_not_extension(tmp_path: Path) -> None:
    html_as_txt = tmp_path / "page.txt"
    shutil.copy(IMPORTERS / "utf8.html", html_as_txt)
    mhtml_as_html = tmp_path / "archive.html"
    shutil.copy(IMPORTERS / "page.mhtml", mhtml_as_html)
    text_as_html = tmp_path / "post.html"
    text_as_html.write_text("A title\n\nA paragraph of plain text, <b> is just a character here.\n")
    assert read(html_as_txt).format is SourceFormat.HTML
    assert read(mhtml_as_html).format is SourceFormat.MHTML
    assert read(text_as_html).format is SourceFormat.TEXT


def test_plain_text_in_a_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(
        ("Pier notes\n\n" + CAFE.replace("\u2014", "-") + " Kept in Latin-1.\n").encode("cp1252")
    )
    doc = read(path)
    assert doc.format is SourceFormat.TEXT
    assert doc.html is None
    assert "na\u00efve" in (doc.text or "")


def test_utf16_text_without_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    data = "Pier notes\n\nThe ferry came in at seven o'clock.\n".encode("utf-16-le")
    path.write_bytes(data)
    doc = read(path)
    assert "ferry came in" in (doc.text or "")
    assert doc.encoding == "utf-16-le"
    assert doc.original == data


def test_mhtml_page_resources_url_and_date() -> None:
    doc = read(IMPORTERS / "page.mhtml")
    assert doc.format is SourceFormat.MHTML
    assert doc.url == "https://coast.example.org/pier"
    assert doc.saved_at is not None
    assert doc.saved_at.startswith("2024-03-05T08:15:00")
    assert doc.html is not None
    assert CAFE in doc.html
    pier = doc.resources["https://coast.example.org/img/pier.png"]
    assert pier.media_type == "image/png"
    assert pier.data.startswith(b"\x89PNG")
    assert doc.resources["cid:quay@example"].data.startswith(b"\x89PNG")
    # Styles are not resources of a post.
    assert not any(res.media_type == "text/css" for res in doc.resources.values())


def test_mhtml_images_reach_the_article() -> None:
    article = extract(read(IMPORTERS / "page.mhtml"))
    images = [block for block in article.blocks if block.kind is BlockKind.IMAGE]
    assert {block.resource for block in images} >= {"https://coast.example.org/img/pier.png"}
    assert {res.media_type for res in article.resources} == {"image/png"}


def test_mhtml_start_parameter_and_part_charset() -> None:
    doc = read(IMPORTERS / "legacy-start.mhtml")
    assert doc.url == "https://coast.example.org/legacy"
    assert doc.encoding == "windows-1252"
    assert "na\u00efve side of the quay" in (doc.html or "")
    assert "An advert frame" not in (doc.html or "")


@pytest.mark.parametrize(
    "name",
    ["utf8.html", "page.mhtml", "complete/harbour.html"],
)
def test_html_formats_give_a_sensible_article(name: str) -> None:
    article = extract(read(IMPORTERS / name))
    assert article.metadata.title == "Pier Reopens"
    text = "\n".join(block.text for block in article.blocks)
    assert "The ferry from the islands tied up" in text
    assert "Shopkeepers along the quay" in text


def test_utf8_page_with_a_few_stray_windows_1252_bytes(tmp_path: Path) -> None:
    path = tmp_path / "mixed.html"
    path.write_bytes(
        ('<html><head><meta charset="utf-8"></head><body><p>' + CAFE + "</p>").encode()
        + "<p>A comment from the old database: r\u00e9sum\u00e9 na\u00efve.</p>".encode("cp1252")
    )
    doc = read(path)
    assert doc.encoding == "utf-8"
    assert CAFE in (doc.html or "")
    assert "r\u00e9sum\u00e9 na\u00efve" in (doc.html or "")


def test_stale_legacy_declaration_around_utf8_cyrillic(tmp_path: Path) -> None:
    text = (
        "\u041f\u0440\u0438\u0441\u0442\u0430\u043d\u044c \u0441\u043d\u043e\u0432\u0430 "
        "\u043e\u0442\u043a\u0440\u044b\u0442\u0430"
    )
    path = tmp_path / "ru.html"
    path.write_bytes(
        f'<html><head><meta charset="windows-1251"></head><body><p>{text}</p>'.encode()
    )
    assert text in (read(path).html or "")


def test_undeclared_cyrillic_is_detected(tmp_path: Path) -> None:
    text = (
        "\u041f\u0440\u0438\u0441\u0442\u0430\u043d\u044c \u0441\u043d\u043e\u0432\u0430 "
        "\u043e\u0442\u043a\u0440\u044b\u0442\u0430, \u0438 \u043f\u0430\u0440\u043e\u043c "
        "\u043f\u0440\u0438\u0448\u0451\u043b \u0443\u0442\u0440\u043e\u043c. "
    ) * 4
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    doc = read(path)
    assert doc.encoding == "windows-1251"
    assert doc.text == text


def test_single_part_mhtml(tmp_path: Path) -> None:
    path = tmp_path / "single.mht"
    path.write_bytes(
        b"From: <Saved by Internet Explorer>\r\nSubject: Pier\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: text/html; charset="windows-1252"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n"
        b"Content-Location: https://coast.example.org/single\r\n\r\n"
        b"<html><body><p>Caf=E9 owners on the quay said the pier was worth the wait.</p>"
        b"</body></html>\r\n"
    )
    doc = read(path)
    assert doc.format is SourceFormat.MHTML
    assert doc.url == "https://coast.example.org/single"
    assert "Caf\u00e9 owners" in (doc.html or "")


def test_safari_webarchive_is_named(tmp_path: Path) -> None:
    path = tmp_path / "page.webarchive"
    path.write_bytes(b"bplist00\xd1\x01\x02_\x10\x0fWebMainResource" + bytes(20))
    with pytest.raises(UnreadableInput, match="Safari web archive"):
        read(path)


@pytest.mark.parametrize(
    ("path", "format_"),
    [
        (FIXTURES / "text" / "harbour-post.txt", SourceFormat.TEXT),
        (IMPORTERS / "windows-1252.html", SourceFormat.HTML),
        (IMPORTERS / "complete" / "harbour.html", SourceFormat.WEB_PAGE_COMPLETE),
        (IMPORTERS / "page.mhtml", SourceFormat.MHTML),
    ],
)
def test_every_format_goes_through_the_pipeline(path: Path, format_: SourceFormat) -> None:
    processed = process(path)
    assert processed.raw.format is format_
    assert processed.raw.saved_at
    assert processed.article.metadata.title
    assert any(block.kind is BlockKind.PARAGRAPH for block in processed.article.blocks)
    assert processed.content_hash == content_hash(processed.article)
    pickle.loads(pickle.dumps(processed.raw))  # crosses a process pool


def test_a_page_reads_the_same_with_or_without_its_files_folder(tmp_path: Path) -> None:
    single = tmp_path / "harbour.html"
    shutil.copy(IMPORTERS / "complete" / "harbour.html", single)
    with_folder = process(IMPORTERS / "complete" / "harbour.html")
    alone = process(single)
    texts = [b.text for b in with_folder.article.blocks if b.kind is not BlockKind.IMAGE]
    assert texts == [b.text for b in alone.article.blocks if b.kind is not BlockKind.IMAGE]


def test_text_that_mentions_html_further_in_is_text(tmp_path: Path) -> None:
    path = tmp_path / "notes"
    path.write_text(
        "Notes on saving pages\n\n"
        + "A paragraph about the harbour pier and its repairs. " * 8
        + "\n\nA saved page starts with <!DOCTYPE html> and an <html> element.\n"
    )
    assert read(path).format is SourceFormat.TEXT


def test_a_stray_line_before_the_markup_is_still_html(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_text("saved by a tool\n<!DOCTYPE html><html><body><p>The pier.</p></body></html>")
    assert read(path).format is SourceFormat.HTML


def test_singlefile_header_gives_address_and_saved_date(tmp_path: Path) -> None:
    path = tmp_path / "pier.html"
    path.write_text(
        "<!DOCTYPE html> <html lang=en><!--\n Page saved with SingleFile \n"
        " url: https://coast.example.org/2024/pier \n"
        " saved date: Tue Mar 05 2024 08:15:00 GMT+0100 (Central European Standard Time)\n-->"
        "<head><title>Pier</title></head><body><p>The pier opened.</p></body></html>",
        encoding="utf-8",
    )
    doc = read(path)
    assert doc.url == "https://coast.example.org/2024/pier"
    assert doc.saved_at == "2024-03-05T08:15:00+01:00"


def test_shift_jis_page_with_microsoft_extensions(tmp_path: Path) -> None:
    text = "\u2460\u2461 \u6e2f\u306e\u6843\u6a4b\u304c\u518d\u958b\u3057\u307e\u3057\u305f\u3002"
    path = tmp_path / "sjis.html"
    path.write_bytes(
        f'<html><head><meta charset="Shift_JIS"></head><body><p>{text}</p>'.encode("cp932")
    )
    assert text in (read(path).html or "")


def test_windows_1252_with_an_undefined_byte_still_reads_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "stray.html"
    body = b"<p>Caf\xe9 owners on the na\xefve side said \x93never again\x94 \x81 twice.</p>"
    path.write_bytes(b'<html><head><meta charset="windows-1252"></head><body>' + body * 3)
    doc = read(path)
    assert doc.encoding == "windows-1252"
    assert "Caf\u00e9 owners on the na\u00efve side said \u201cnever again\u201d" in (
        doc.html or ""
    )


def test_mhtml_resource_names_are_unique(tmp_path: Path) -> None:
    png = (IMPORTERS / "complete" / "harbour_files" / "pier.png").read_bytes()
    message = EmailMessage(policy=default)
    message.set_type("multipart/related")
    page = EmailMessage(policy=default)
    page.set_content("<html><body><p>The pier.</p></body></html>", subtype="html")
    message.attach(page)
    for content_id in ("<a@x>", "<b@x>"):
        image = EmailMessage(policy=default)
        image.set_content(png, maintype="image", subtype="png", cte="base64")
        image["Content-Location"] = "https://coast.example.org/same.png"
        image["Content-ID"] = content_id
        message.attach(image)
    path = tmp_path / "twice.mhtml"
    path.write_bytes(message.as_bytes())
    resources = read(path).resources
    names = {id(resource): resource.name for resource in resources.values()}
    assert len(set(names.values())) == len(names)
    assert set(resources) == {"https://coast.example.org/same.png", "cid:a@x", "cid:b@x"}


def test_a_posts_content_hash_ignores_how_its_spacing_is_written_and_never_changes() -> None:
    # Stored posts are matched by this hash: the digest is pinned (what
    # every earlier version gave), so a faster form of it cannot drift.
    def article(*texts: str) -> Article:
        return Article(Metadata(), tuple(Block(BlockKind.PARAGRAPH, text) for text in texts))

    plain = article(
        "Caf\u00e9 owners said \u201cnever again\u201d.",
        "Second paragraph, plain.",
        "Quay",
        "Ferry",
        "Tide table",
    )
    spaced = article(
        "  Caf\u00e9 owners\tsaid  \u201cnever\u00a0again\u201d.\n",
        "Second paragraph,  plain.",
        " Quay",
        "Ferry ",
        "Tide\u00a0table",
    )
    assert content_hash(spaced) == content_hash(plain)
    assert content_hash(plain) == (
        "838bf72e62a96767793c805de71fda9c427987e8ad4c3b74bf7a9b8dae951460"
    )
