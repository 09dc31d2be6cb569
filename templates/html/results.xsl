<?xml version="1.0" encoding="UTF-8"?>
<!--
  SPDX-License-Identifier: Apache-2.0

  The server's search page. Its input is the XML engine/render/search_page.cpp builds (no namespace):

    <results query="…" unit="document|article" sort="relevance|date|oldest" total="N" first="1" last="10"
             suggestion="…" suggestion-href="…" error="…" previous="…" next="…" export="…" home="/" stylesheet="…">
      <filter name="type" value="Nghị định"/>…
      <facet name="Loại văn bản"><value label="…" count="12" href="…" selected="yes"/>…</facet>…
      <hit href="…" title="…" type="…" number="…" date="…" where="Điều 5"><snippet>text <mark>hit</mark> …</snippet></hit>…
    </results>

  Works without JavaScript: the form is a plain GET, filters are links.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:param name="css" select="''"/>

  <xsl:template match="/results">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="vi">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:choose>
            <xsl:when test="string(@query)"><xsl:value-of select="@query"/> – Tìm kiếm văn bản</xsl:when>
            <xsl:otherwise>Tìm kiếm văn bản</xsl:otherwise>
          </xsl:choose>
        </title>
        <meta name="robots" content="noindex"/>
        <xsl:choose>
          <xsl:when test="string(@stylesheet)"><link rel="stylesheet" href="{@stylesheet}"/></xsl:when>
          <xsl:otherwise><style><xsl:value-of select="$css" disable-output-escaping="yes"/></style></xsl:otherwise>
        </xsl:choose>
      </head>
      <body>
        <a class="skip" href="#ket-qua">Bỏ qua, đến kết quả</a>
        <header class="site">
          <a class="brand" href="{@home}">vanthu</a>
          <span class="tagline">Thư viện văn bản</span>
        </header>
        <main class="search" id="noi-dung">
          <h1>Tìm kiếm văn bản</h1>
          <xsl:call-template name="form"/>
          <xsl:if test="string(@error)"><p class="error" role="alert"><xsl:value-of select="@error"/></p></xsl:if>
          <xsl:if test="string(@suggestion)">
            <p class="suggestion">Có phải bạn muốn tìm: <a href="{@suggestion-href}"><xsl:value-of select="@suggestion"/></a>?</p>
          </xsl:if>
          <div class="search-layout">
            <xsl:if test="facet">
              <aside class="facets" aria-label="Lọc kết quả">
                <xsl:for-each select="facet">
                  <section class="panel facet">
                    <h2><xsl:value-of select="@name"/></h2>
                    <ul>
                      <xsl:for-each select="value">
                        <li>
                          <a href="{@href}">
                            <xsl:if test="@selected"><xsl:attribute name="aria-current">true</xsl:attribute><xsl:attribute name="class">selected</xsl:attribute></xsl:if>
                            <xsl:value-of select="@label"/>
                          </a>
                          <span class="count"> (<xsl:value-of select="@count"/>)</span>
                        </li>
                      </xsl:for-each>
                    </ul>
                  </section>
                </xsl:for-each>
              </aside>
            </xsl:if>
            <section class="results" id="ket-qua" aria-labelledby="so-ket-qua">
              <h2 id="so-ket-qua" class="count">
                <xsl:choose>
                  <xsl:when test="hit">Kết quả <xsl:value-of select="@first"/>–<xsl:value-of select="@last"/> trong khoảng <xsl:value-of select="@total"/></xsl:when>
                  <xsl:when test="string(@query) and not(string(@error))">Không tìm thấy văn bản nào</xsl:when>
                  <xsl:otherwise>Nhập từ cần tìm, có dấu hoặc không dấu</xsl:otherwise>
                </xsl:choose>
              </h2>
              <xsl:if test="hit">
                <ol class="hits" start="{@first}">
                  <xsl:for-each select="hit">
                    <li class="hit">
                      <a class="hit-title" href="{@href}">
                        <xsl:if test="string(@where)"><xsl:value-of select="@where"/> – </xsl:if>
                        <xsl:value-of select="@title"/>
                      </a>
                      <span class="facts">
                        <xsl:value-of select="@type"/>
                        <xsl:if test="string(@number)"> số <xsl:value-of select="@number"/></xsl:if>
                        <xsl:if test="string(@date)">
                          <xsl:text> · </xsl:text>
                          <time datetime="{@date}"><xsl:value-of select="concat(substring(@date, 9, 2), '/',
                              substring(@date, 6, 2), '/', substring(@date, 1, 4))"/></time>
                        </xsl:if>
                      </span>
                      <p class="snippet"><xsl:apply-templates select="snippet/node()"/></p>
                    </li>
                  </xsl:for-each>
                </ol>
              </xsl:if>
              <xsl:if test="string(@export)">
                <p class="export"><a href="{@export}" download="">Tải các văn bản này (.zip: trang, PDF, XML, bản gốc)</a></p>
              </xsl:if>
              <xsl:if test="string(@previous) or string(@next)">
                <nav class="pages" aria-label="Trang kết quả">
                  <xsl:if test="string(@previous)"><a rel="prev" href="{@previous}">← Trang trước</a></xsl:if>
                  <xsl:if test="string(@next)"><a rel="next" href="{@next}">Trang sau →</a></xsl:if>
                </nav>
              </xsl:if>
            </section>
          </div>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="form">
    <form class="search-form" role="search" action="search" method="get">
      <label for="q">Từ cần tìm</label>
      <input id="q" name="q" type="search" value="{@query}" autocomplete="off"/>
      <label for="unit">Tìm theo</label>
      <select id="unit" name="unit">
        <option value="document"><xsl:if test="@unit = 'document'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>Văn bản</option>
        <option value="article"><xsl:if test="@unit = 'article'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>Điều</option>
      </select>
      <label for="sort">Sắp xếp</label>
      <select id="sort" name="sort">
        <option value="relevance"><xsl:if test="@sort = 'relevance'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>Phù hợp nhất</option>
        <option value="date"><xsl:if test="@sort = 'date'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>Mới nhất</option>
        <option value="oldest"><xsl:if test="@sort = 'oldest'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>Cũ nhất</option>
      </select>
      <xsl:for-each select="filter"><input type="hidden" name="{@name}" value="{@value}"/></xsl:for-each>
      <button type="submit">Tìm</button>
    </form>
  </xsl:template>

  <xsl:template match="mark"><mark><xsl:value-of select="."/></mark></xsl:template>
</xsl:stylesheet>
