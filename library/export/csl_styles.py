"""The CSL styles Quotemark ships, as text (no data files to package).

``chicago-author-date`` is written for what Quotemark cites, web posts, after
the Chicago Manual of Style's author-date system (17th edition, 15.51):
``Smith, Zoë. 2024. “Title.” Site. January 2, 2024. URL.`` with the access
date in place of a missing publication date, and in-text citations such as
``(Smith 2024, para. 4)``. A byline-less post is cited by its site, or
without one by its quoted title (15.32): ``“Title.” n.d. Accessed ...``.
A journal article is cited as one (15.46): ``Smith, Zoë. 2024. “Title.”
Journal 12 (3): 201–24. https://doi.org/10...``, its DOI in place of the
landing page's URL. A preprint (CSL ``article``) or a report names its
server or institution and its number there (14.174, 14.227): ``Preprint,
arXiv. arXiv:2103.04417. https://...``.
"""

from __future__ import annotations

CHICAGO_AUTHOR_DATE = """\
<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
       default-locale="en-US" demote-non-dropping-particle="display-and-sort">
  <info>
    <title>Chicago Manual of Style author-date, for web posts (Quotemark)</title>
    <id>https://quotemark.invalid/styles/chicago-author-date</id>
    <category citation-format="author-date"/>
    <updated>2025-01-01T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="paragraph" form="short">
        <single>para.</single>
        <multiple>paras.</multiple>
      </term>
    </terms>
  </locale>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="first" and="text" sort-separator=", "
            delimiter=", " delimiter-precedes-last="always"/>
      <substitute>
        <text variable="container-title"/>
        <text variable="title" quotes="true"/>
      </substitute>
    </names>
  </macro>
  <macro name="author-short">
    <names variable="author">
      <name form="short" and="text" delimiter=", "/>
      <substitute>
        <text variable="container-title"/>
        <text variable="title" quotes="true"/>
      </substitute>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued">
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="link">
    <choose>
      <if variable="DOI">
        <text variable="DOI" prefix="https://doi.org/"/>
      </if>
      <else>
        <text variable="URL"/>
      </else>
    </choose>
  </macro>
  <macro name="site">
    <choose>
      <if variable="author">
        <text variable="container-title"/>
      </if>
    </choose>
  </macro>
  <macro name="when">
    <choose>
      <if variable="issued">
        <date variable="issued" form="text"/>
      </if>
      <else-if variable="accessed">
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed" form="text"/>
        </group>
      </else-if>
    </choose>
  </macro>
  <citation et-al-min="4" et-al-use-first="1">
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=", ">
        <choose>
          <if variable="issued">
            <group delimiter=" ">
              <text macro="author-short"/>
              <text macro="year"/>
            </group>
          </if>
          <else>
            <text macro="author-short"/>
            <text macro="year"/>
          </else>
        </choose>
        <group delimiter=" ">
          <label variable="locator" form="short"/>
          <text variable="locator"/>
        </group>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" et-al-min="11" et-al-use-first="7">
    <layout>
      <group delimiter=". " suffix=". ">
        <text macro="author"/>
        <text macro="year"/>
      </group>
      <text variable="title" prefix="\u201c" suffix=".\u201d "/>
      <choose>
        <if type="article-journal">
          <group delimiter=". " suffix=".">
            <group delimiter=": ">
              <group delimiter=" ">
                <text variable="container-title"/>
                <text variable="volume"/>
                <text variable="issue" prefix="(" suffix=")"/>
              </group>
              <text variable="page"/>
            </group>
            <text macro="link"/>
          </group>
        </if>
        <else-if type="article report" match="any">
          <group delimiter=". " suffix=".">
            <group delimiter=", ">
              <text variable="genre"/>
              <text variable="publisher"/>
            </group>
            <text variable="number"/>
            <text macro="link"/>
          </group>
        </else-if>
        <else>
          <group delimiter=". " suffix=".">
            <text macro="site"/>
            <text macro="when"/>
            <text variable="URL"/>
          </group>
        </else>
      </choose>
    </layout>
  </bibliography>
</style>
"""

STYLES = {"chicago-author-date": CHICAGO_AUTHOR_DATE}
"""Style name -> CSL XML."""
