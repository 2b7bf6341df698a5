"""A consent notice is no article, whatever the site names it
(consent.py: ``consent_notice``).

Consent platforms wrap their banner in names of their own
(``sp_message_container_1093``, ``qc-cmp2-container``, ``fc-root``): the
chrome vocabulary of class names does not know them, and a banner that
lists its purposes is longer than a brief. Such a banner beside a brief
was the body. It is now told by its words (cookies or consent among the
topics every notice must cover, densely) and its controls (a choice to
click, a link to a privacy or cookie policy). The pages are written here
in the shapes news sites and a microblog take; a brief short enough to be
read again whole-page leaves the banner out of that reading too. Guards:
a story about cookie banners, a saved cookie policy and a page that is
only a consent wall keep their text.
"""

from __future__ import annotations

import pytest

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_TITLE = "Two libraries to close in county cuts"
_NAV = (
    '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>'
    "</nav></header>"
)
_FOOTER = '<footer><p>Copyright 2026 The Gazette</p><a href="/privacy-policy">Privacy</a></footer>'
_BRIEF = (
    "<p>The county council voted on Wednesday night to close two of its five libraries by "
    "the summer, saving about 400,000 pounds a year, after residents queued to speak "
    "against the plan.</p><p>The branches at Eastgate and Mill Lane will shut in June, and "
    "a mobile van will visit both neighbourhoods once a week.</p>"
)
_NOTICE_TEXT = (
    "<h2>We care about your privacy</h2>"
    "<p>We and our 842 partners use cookies and similar technologies to store and access "
    "information on your device, and process personal data such as unique identifiers, "
    "browsing behaviour and IP addresses, for personalised advertising and content, "
    "advertising and content measurement, audience research and service development.</p>"
    "<p>Some partners process your data on the basis of legitimate interest, which you can "
    "object to in the settings. You can change your choices at any time by clicking Privacy "
    "settings at the bottom of any page. Your choices apply to this site only.</p>"
    "<h3>Purposes</h3><ul><li><strong>Store and/or access information on a device.</strong> "
    "Cookies, device identifiers or other information can be stored or accessed on your "
    "device for the purposes presented to you.</li><li><strong>Personalised advertising and "
    "content, advertising and content measurement.</strong> Advertising and content can be "
    "personalised based on your profile.</li><li><strong>Use precise geolocation "
    "data.</strong> With your acceptance, your precise location may be used in support of "
    "the purposes explained in this notice.</li></ul>"
)
_LINKS = (
    '<p>Read more in our <a href="/privacy-policy">Privacy Policy</a> and '
    '<a href="/cookie-policy">Cookie Policy</a>.</p>'
)
_BUTTONS = (
    '<div class="row"><button>Accept all</button><button>Reject all</button>'
    "<button>Manage preferences</button></div>"
)


_ABOUT = (
    "<div class='about'><p>The Gazette is an independent local paper, owned by its readers "
    "since 1984 and printed every Thursday in the old mill on Station Road.</p><p>Letters, "
    "tips and corrections are welcome at the front desk or by post; the editor answers "
    "each one within a week.</p></div>"
)


def _page(body_html: str, title: str = _TITLE) -> Article:
    return extract_html(
        html_doc(f"<html><head><title>{title}</title></head><body>{body_html}</body></html>")
    )


def _story(heading: str = _TITLE) -> str:
    return f'<div class="wrap"><div class="col-8"><h1>{heading}</h1>{_BRIEF}</div></div>'


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div id="sp_message_container_1093"><div class="message-component">{}</div></div>',
        '<div id="qc-cmp2-container"><div class="qc-cmp2-summary">{}</div></div>',
        '<div class="x9"><div class="x10">{}</div></div>',
    ],
)
def test_a_brief_beside_a_longer_consent_banner_is_the_body(wrapper: str) -> None:
    notice = wrapper.format(_NOTICE_TEXT + _LINKS + _BUTTONS)
    text = body(_page(_NAV + _story() + _FOOTER + notice))
    assert "Eastgate and Mill Lane" in text
    assert "partners" not in text
    assert "legitimate interest" not in text


def test_a_banner_first_in_the_page_with_only_buttons_goes() -> None:
    # No link at all: the buttons (removed with every control before the
    # scoring) are the notice's controls.
    notice = f'<div class="fc-root"><div class="fc-dialog">{_NOTICE_TEXT}{_BUTTONS}</div></div>'
    text = body(_page(notice + _NAV + _story() + _FOOTER))
    assert text.startswith("The county council voted")
    assert "partners" not in text


def test_a_story_about_cookie_banners_stays() -> None:
    # The words of a notice, but among many others, and links in the text.
    story = (
        "<p>France's data protection authority fined two publishers a total of 40 million "
        "euros on Thursday for cookie banners that made refusing harder than accepting, "
        'according to <a href="https://example.org/privacy/decision">its decision</a>.</p>'
        "<p>The regulator said the sites showed an Accept all button on the first screen but "
        "hid the option to reject behind a second menu of settings, which it called a breach "
        "of the rules on consent.</p><p>The publishers said they would appeal, and that their "
        "partners in advertising had used the same design for years. Privacy groups welcomed "
        "the fines and said other sites that track readers across devices should expect the "
        "same.</p>"
    )
    text = body(
        _page(
            _NAV
            + "<h1>Publishers fined 40 million euros</h1><div class='s'>"
            + story
            + "</div>"
            + _ABOUT
            + _FOOTER,
            title="Publishers fined 40 million euros",
        )
    )
    assert "hid the option to reject" in text


def test_a_saved_cookie_policy_and_a_lone_consent_wall_keep_their_text() -> None:
    policy = _page(
        _NAV + f'<div class="x9"><div class="x10">{_NOTICE_TEXT}{_LINKS}</div></div>' + _ABOUT,
        title="Cookie policy",
    )
    assert "legitimate interest" in body(policy)
    # A consent wall saved alone: nothing else to read.
    wall = _page(f'<div class="x9"><div class="x10">{_NOTICE_TEXT}{_LINKS}{_BUTTONS}</div></div>')
    assert "legitimate interest" in body(wall)


def test_a_one_line_brief_read_whole_page_leaves_the_banner_out() -> None:
    # Under 200 characters the page is read again whole: the banner the
    # first reading dropped is left out of that reading too.
    brief = (
        '<div class="wrap"><h1>Two libraries to close</h1><p>The county council voted on '
        "Wednesday to close two of its five libraries by the summer.</p></div>"
    )
    notice = f'<div id="sp_message_container_1"><div class="m">{_NOTICE_TEXT}{_LINKS}</div></div>'
    text = body(_page(_NAV + brief + _FOOTER + notice, title="Two libraries to close"))
    assert (
        text
        == "The county council voted on Wednesday to close two of its five libraries by the summer."
    )


def test_a_status_beside_a_consent_banner_is_the_body() -> None:
    status = (
        '<main><article><div class="post"><a href="/u/mara">Mara Quist</a><p>The island ferry '
        "will run four times a day from November. Plan ahead!</p></div></article></main>"
    )
    notice = f'<div id="cmp"><div class="box">{_NOTICE_TEXT}{_BUTTONS}</div></div>'
    text = body(_page(status + notice, title="Mara Quist on Harbour Social"))
    assert "The island ferry will run four times a day" in text
    assert "partners" not in text


def test_a_recipe_for_cookies_beside_a_consent_banner_is_the_body() -> None:
    # "Cookies" in the title is a recipe's, not a policy's.
    title = "Brown butter chocolate chip cookies"
    recipe = (
        f"<div class='r'><h1>{title}</h1><p>Brown the butter until it smells of toffee, let "
        "it cool for ten minutes, then beat it with both sugars until pale. Fold in the flour "
        "and the chopped chocolate and rest the dough overnight.</p></div>"
    )
    notice = f'<div id="sp_message_container_7"><div class="m">{_NOTICE_TEXT}{_LINKS}</div></div>'
    text = body(_page(_NAV + recipe + _FOOTER + notice, title=title))
    assert text.startswith("Brown the butter until it smells of toffee")
    assert "partners" not in text
