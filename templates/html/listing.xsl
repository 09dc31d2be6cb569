<?xml version="1.0" encoding="UTF-8"?>
<!--
  SPDX-License-Identifier: Apache-2.0

  A page that lists documents: a bundle's index, the static site's home and its pages by type, issuer and year.
  Its input is the small listing XML engine/render/listing.cpp builds (no namespace):

    <listing title="…" description="…" home="…" stylesheet="…" search-script="…" search-data="…" search-action="…"
             feed="…">
      <link href="…" label="…"/>…
      <chart title="…" width="…" height="…"><bar x="…" y="…" width="…" height="…" fill="…" text="…"/>…
             <label x="…" y="…" anchor="…" text="…"/>… <line …/> <legend fill="…" label="…" count="…"/>…</chart>
      <browse heading="…" id="…"><entry label="…" count="…" href="…"/>…</browse>…
      <group heading="…" id="…"><document href="…" title="…" number="…" type="…" issuer="…" date="…"/>…</group>…
    </listing>

  With search-script and search-data, a search box searches the listed documents in the browser, with or without
  diacritics, folded exactly as the engine folds (templates/html/search.js); without JavaScript the lists remain.
  With search-action, the search box asks the server instead (a plain GET form).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:param name="css" select="''"/>

  <xsl:template match="/listing">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="vi">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="@title"/></title>
        <xsl:if test="string(@description)"><meta name="description" content="{@description}"/></xsl:if>
        <xsl:choose>
          <xsl:when test="string(@stylesheet)"><link rel="stylesheet" href="{@stylesheet}"/></xsl:when>
          <xsl:otherwise><style><xsl:value-of select="$css" disable-output-escaping="yes"/></style></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="string(@feed)">
          <link rel="alternate" type="application/atom+xml" title="Văn bản mới công bố" href="{@feed}"/>
        </xsl:if>
      </head>
      <body>
        <a class="skip" href="#noi-dung">Bỏ qua, đến nội dung</a>
        <xsl:if test="string(@home)">
          <header class="site">
            <a class="brand" href="{@home}">vanthu</a>
            <span class="tagline">Thư viện văn bản</span>
          </header>
        </xsl:if>
        <main id="noi-dung" class="listing">
          <h1><xsl:value-of select="@title"/></h1>
          <xsl:if test="string(@description)"><p class="lead-in"><xsl:value-of select="@description"/></p></xsl:if>
          <xsl:if test="link">
            <nav aria-label="Duyệt văn bản">
              <ul class="browse"><xsl:for-each select="link"><li><a href="{@href}"><xsl:value-of select="@label"/></a></li></xsl:for-each></ul>
            </nav>
          </xsl:if>
          <xsl:if test="string(@search-action)">
            <form class="offline-search" role="search" action="{@search-action}" method="get">
              <label for="q">Tìm văn bản (có dấu hoặc không dấu)</label>
              <input id="q" name="q" type="search" autocomplete="off"/>
              <button type="submit">Tìm</button>
            </form>
          </xsl:if>
          <xsl:if test="string(@search-script) and string(@search-data)">
            <form class="offline-search" role="search" action="#" id="tim-kiem">
              <label for="q">Tìm trong các văn bản này (có dấu hoặc không dấu)</label>
              <input id="q" name="q" type="search" autocomplete="off"/>
              <button type="submit">Tìm</button>
              <p id="ket-qua-dem" class="count" aria-live="polite"></p>
              <ol id="ket-qua" class="results"></ol>
            </form>
            <script src="{@search-data}"></script>
            <script src="{@search-script}"></script>
          </xsl:if>
          <xsl:apply-templates select="chart"/>
          <xsl:if test="browse">
            <div class="browse-lists">
              <xsl:for-each select="browse">
                <section class="panel" aria-labelledby="{@id}">
                  <h2 id="{@id}"><xsl:value-of select="@heading"/></h2>
                  <ul class="browse-list">
                    <xsl:for-each select="entry">
                      <li><a href="{@href}"><xsl:value-of select="@label"/></a><xsl:text> </xsl:text><span class="count">(<xsl:value-of select="@count"/>)</span></li>
                    </xsl:for-each>
                  </ul>
                </section>
              </xsl:for-each>
            </div>
          </xsl:if>
          <xsl:for-each select="group">
            <section class="group" aria-labelledby="{@id}">
              <h2 id="{@id}"><xsl:value-of select="@heading"/>
                <span class="count"> (<xsl:value-of select="count(document)"/>)</span></h2>
              <ol class="documents">
                <xsl:for-each select="document">
                  <li>
                    <a href="{@href}">
                      <xsl:value-of select="@title"/>
                      <xsl:if test="not(string(@title))">(Không có trích yếu)</xsl:if>
                    </a>
                    <span class="facts">
                      <xsl:value-of select="@type"/>
                      <xsl:if test="string(@number)"> số <xsl:value-of select="@number"/></xsl:if>
                      <xsl:if test="string(@date)">
                        <xsl:text> · </xsl:text>
                        <time datetime="{@date}"><xsl:value-of select="concat(substring(@date, 9, 2), '/',
                            substring(@date, 6, 2), '/', substring(@date, 1, 4))"/></time>
                      </xsl:if>
                      <xsl:if test="string(@issuer)"> · <xsl:value-of select="@issuer"/></xsl:if>
                    </span>
                  </li>
                </xsl:for-each>
              </ol>
            </section>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- Documents per year by type: bars drawn from the geometry listing.cpp computed, each with its count as a
       tooltip; the legend repeats the totals as text for readers who cannot see the colours. -->
  <xsl:template match="chart">
    <figure class="panel year-chart" aria-labelledby="bieu-do">
      <figcaption id="bieu-do"><xsl:value-of select="@title"/></figcaption>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {@width} {@height}" role="img" aria-labelledby="bieu-do">
        <xsl:for-each select="line">
          <line x1="{@x1}" x2="{@x2}" y1="{@y1}" y2="{@y2}" stroke="#5a5a5a" stroke-width="1"/>
        </xsl:for-each>
        <xsl:for-each select="bar">
          <rect x="{@x}" y="{@y}" width="{@width}" height="{@height}" fill="{@fill}"><title><xsl:value-of select="@text"/></title></rect>
        </xsl:for-each>
        <xsl:for-each select="label">
          <text x="{@x}" y="{@y}" text-anchor="{@anchor}" font-size="11" fill="#5a5a5a"><xsl:value-of select="@text"/></text>
        </xsl:for-each>
      </svg>
      <ul class="legend">
        <xsl:for-each select="legend">
          <li><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="{@fill}"/></svg>
            <xsl:text> </xsl:text><xsl:value-of select="@label"/> (<xsl:value-of select="@count"/>)</li>
        </xsl:for-each>
      </ul>
    </figure>
  </xsl:template>
</xsl:stylesheet>
