<?xml version="1.0" encoding="UTF-8"?>
<!--
  SPDX-License-Identifier: Apache-2.0

  The document page: canonical Akoma Ntoso 3.0 → HTML5 (engine/render/html.cpp runs it with libxslt).
  Every provision keeps its eId as its id, so #art_5__para_1 is a stable, copyable link. All text goes through the
  serializer: nothing here builds markup from strings. Interface text is Vietnamese.

  Parameters (strings; "" means absent):
    css, stylesheet_href   the CSS inlined, or a stylesheet linked instead
    jsonld                 the schema.org JSON-LD object (built and escaped by html.cpp)
    status                 publication state shown in the panel
    pdf_href, xml_href, original_href, home_href, canonical_url
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:vt="https://vanthu.dev/ns/akn-vn/1.0"
    exclude-result-prefixes="a vt">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <!-- No xsl:strip-space: html.cpp drops the XML's indentation when it parses (XML_PARSE_NOBLANKS). -->

  <xsl:include href="minutes.xsl"/>

  <xsl:param name="css" select="''"/>
  <xsl:param name="stylesheet_href" select="''"/>
  <xsl:param name="jsonld" select="''"/>
  <xsl:param name="status" select="''"/>
  <xsl:param name="pdf_href" select="''"/>
  <xsl:param name="xml_href" select="''"/>
  <xsl:param name="original_href" select="''"/>
  <xsl:param name="home_href" select="''"/>
  <xsl:param name="canonical_url" select="''"/>

  <xsl:variable name="top" select="/a:akomaNtoso/*[1]"/>
  <xsl:variable name="info" select="$top/a:meta/a:proprietary/vt:document"/>

  <!-- ============================================================ page -->

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="vi">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:call-template name="page-title"/></title>
        <xsl:if test="string($info/vt:title)">
          <meta name="description" content="{$info/vt:title}"/>
        </xsl:if>
        <xsl:if test="$canonical_url != ''"><link rel="canonical" href="{$canonical_url}"/></xsl:if>
        <xsl:choose>
          <xsl:when test="$stylesheet_href != ''"><link rel="stylesheet" href="{$stylesheet_href}"/></xsl:when>
          <xsl:otherwise><style><xsl:value-of select="$css" disable-output-escaping="yes"/></style></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$jsonld != ''">
          <script type="application/ld+json"><xsl:value-of select="$jsonld" disable-output-escaping="yes"/></script>
        </xsl:if>
      </head>
      <body>
        <a class="skip" href="#noi-dung">Bỏ qua, đến nội dung văn bản</a>
        <xsl:if test="$home_href != ''">
          <header class="site">
            <a class="brand" href="{$home_href}">vanthu</a>
            <span class="tagline">Thư viện văn bản</span>
          </header>
        </xsl:if>
        <main id="noi-dung">
          <article class="document {local-name($top)}">
            <xsl:apply-templates select="$top/a:preface"/>
            <div class="layout">
              <aside class="side">
                <xsl:call-template name="metadata-panel"/>
                <xsl:call-template name="table-of-contents"/>
              </aside>
              <div class="text">
                <xsl:apply-templates select="$top/a:preamble"/>
                <xsl:apply-templates select="$top/a:body | $top/a:mainBody | $top/a:debateBody"/>
                <xsl:call-template name="votes"/>
                <xsl:apply-templates select="$top/a:conclusions"/>
                <xsl:apply-templates select="$top/a:attachments"/>
                <xsl:apply-templates select="$top/a:meta/a:notes"/>
              </div>
            </div>
          </article>
        </main>
        <footer class="site-footer">
          <p>Văn bản chuẩn Akoma Ntoso do vanthu tạo từ bản gốc
            <xsl:if test="string($info/vt:source/@name)">
              <xsl:text> </xsl:text><span class="file"><xsl:value-of select="$info/vt:source/@name"/></span>
            </xsl:if>.
            Đối chiếu với bản gốc trước khi sử dụng làm căn cứ pháp lý.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:value-of select="$info/vt:type"/>
    <xsl:if test="string($info/vt:number)">
      <xsl:text> số </xsl:text><xsl:value-of select="$info/vt:number"/>
    </xsl:if>
    <xsl:if test="string($info/vt:title)">
      <xsl:if test="string($info/vt:type) or string($info/vt:number)"><xsl:text>: </xsl:text></xsl:if>
      <xsl:value-of select="$info/vt:title"/>
    </xsl:if>
    <xsl:if test="not(string($info/vt:type) or string($info/vt:number) or string($info/vt:title))">Văn bản</xsl:if>
  </xsl:template>

  <!-- ============================================================ header block, as on paper -->

  <xsl:template match="a:preface">
    <header class="doc-header">
      <div class="authority">
        <xsl:for-each select="a:p[@class='issuerParent']"><p class="issuer-parent"><xsl:value-of select="normalize-space()"/></p></xsl:for-each>
        <xsl:for-each select="a:p[@class='issuer']"><p class="issuer"><xsl:value-of select="normalize-space()"/></p></xsl:for-each>
        <xsl:for-each select="a:p[@class='number']"><p class="number"><xsl:apply-templates/></p></xsl:for-each>
      </div>
      <div class="nation">
        <xsl:for-each select="a:p[@class='motto']">
          <p class="motto motto-{position()}"><xsl:apply-templates/></p>
        </xsl:for-each>
        <xsl:for-each select="a:p[@class='placeDate']"><p class="place-date"><xsl:apply-templates/></p></xsl:for-each>
      </div>
      <h1 class="doc-title">
        <xsl:for-each select="a:p[@class='docType']">
          <span class="doc-type"><xsl:value-of select="normalize-space()"/></span>
        </xsl:for-each>
        <xsl:for-each select="a:p[a:docTitle]">
          <span class="trich-yeu"><xsl:value-of select="normalize-space()"/></span>
        </xsl:for-each>
        <xsl:if test="not(a:p[@class='docType'] or a:p[a:docTitle])"><xsl:call-template name="page-title"/></xsl:if>
      </h1>
      <xsl:for-each select="a:p[not(@class) and not(a:docTitle)]"><p class="preface-line"><xsl:apply-templates/></p></xsl:for-each>
    </header>
  </xsl:template>

  <!-- ============================================================ metadata panel and downloads -->

  <xsl:template name="metadata-panel">
    <section class="panel metadata" aria-labelledby="thong-tin">
      <h2 id="thong-tin">Thông tin văn bản</h2>
      <dl>
        <xsl:call-template name="fact"><xsl:with-param name="label">Loại văn bản</xsl:with-param>
          <xsl:with-param name="value" select="$info/vt:type"/></xsl:call-template>
        <xsl:call-template name="fact"><xsl:with-param name="label">Số, ký hiệu</xsl:with-param>
          <xsl:with-param name="value" select="$info/vt:number"/></xsl:call-template>
        <xsl:call-template name="fact"><xsl:with-param name="label">Cơ quan ban hành</xsl:with-param>
          <xsl:with-param name="value" select="$info/vt:issuer"/></xsl:call-template>
        <xsl:if test="string($info/vt:date)">
          <dt>Ngày ban hành</dt>
          <dd><time datetime="{$info/vt:date}"><xsl:call-template name="date-vn">
            <xsl:with-param name="iso" select="$info/vt:date"/></xsl:call-template></time></dd>
        </xsl:if>
        <xsl:call-template name="fact"><xsl:with-param name="label">Nơi ban hành</xsl:with-param>
          <xsl:with-param name="value" select="$info/vt:place"/></xsl:call-template>
        <xsl:if test="$top/a:conclusions//a:signature"><dt>Người ký</dt></xsl:if>
        <xsl:for-each select="$top/a:conclusions//a:signature">
          <dd><xsl:value-of select="a:person"/>
            <xsl:if test="string(a:role)"><span class="role"> (<xsl:value-of select="a:role"/>)</span></xsl:if></dd>
        </xsl:for-each>
        <xsl:call-template name="fact"><xsl:with-param name="label">Tình trạng</xsl:with-param>
          <xsl:with-param name="value" select="$status"/></xsl:call-template>
      </dl>
      <xsl:if test="$pdf_href != '' or $xml_href != '' or $original_href != ''">
        <h3>Tải về</h3>
        <ul class="downloads">
          <xsl:if test="$pdf_href != ''"><li><a href="{$pdf_href}" type="application/pdf">PDF để in</a></li></xsl:if>
          <xsl:if test="$xml_href != ''"><li><a href="{$xml_href}" type="application/akn+xml">XML (Akoma Ntoso)</a></li></xsl:if>
          <xsl:if test="$original_href != ''">
            <li><a href="{$original_href}">Bản gốc<xsl:if test="string($info/vt:source/@format)">
              (<xsl:value-of select="$info/vt:source/@format"/>)</xsl:if></a></li>
          </xsl:if>
        </ul>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="fact">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value)"><dt><xsl:value-of select="$label"/></dt><dd><xsl:value-of select="$value"/></dd></xsl:if>
  </xsl:template>

  <!-- "2021-06-24" → "24/06/2021" -->
  <xsl:template name="date-vn">
    <xsl:param name="iso"/>
    <xsl:value-of select="concat(substring($iso, 9, 2), '/', substring($iso, 6, 2), '/', substring($iso, 1, 4))"/>
  </xsl:template>

  <!-- ============================================================ table of contents -->

  <xsl:template name="table-of-contents">
    <xsl:variable name="entries" select="$top/a:body/*[self::a:part or self::a:chapter or self::a:section or self::a:article]
        | $top/a:debateBody/a:debateSection | $top/a:attachments/a:attachment"/>
    <xsl:if test="count($entries | $top/a:body//a:article[not(ancestor::a:quotedStructure)]) &gt; 1">
      <nav class="panel toc" aria-labelledby="muc-luc">
        <h2 id="muc-luc">Mục lục</h2>
        <ol><xsl:apply-templates select="$entries" mode="toc"/></ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="toc">
    <li>
      <a href="#{@eId}"><xsl:call-template name="caption"/></a>
      <xsl:variable name="inner" select="a:part | a:chapter | a:section | a:subsection | a:article"/>
      <xsl:if test="$inner"><ol><xsl:apply-templates select="$inner" mode="toc"/></ol></xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="a:attachment" mode="toc">
    <li><a href="#{@eId}">
      <xsl:value-of select="a:doc/a:preface/a:p[@class='heading']"/>
      <xsl:if test="not(string(a:doc/a:preface/a:p[@class='heading']))">Phụ lục</xsl:if>
    </a></li>
  </xsl:template>

  <!-- "Điều 5. Phạm vi điều chỉnh" from num and heading -->
  <xsl:template name="caption">
    <xsl:value-of select="normalize-space(a:num)"/>
    <xsl:if test="string(a:num) and string(a:heading)"><xsl:text> </xsl:text></xsl:if>
    <xsl:value-of select="normalize-space(a:heading)"/>
  </xsl:template>

  <!-- ============================================================ preamble -->

  <xsl:template match="a:preamble">
    <section class="preamble" aria-label="Căn cứ ban hành">
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="a:citations | a:citation | a:formula | a:content | a:intro | a:wrapUp | a:mainBody | a:body
                       | a:debateBody">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- ============================================================ provisions -->

  <!-- Phần, Chương, Mục, Tiểu mục, Điều: a section with a heading one level below its container's. Amending text
       quoted inside an article, or a container without a title, is a div. (Literal result elements throughout:
       libxslt compiles them once, where xsl:element with a computed name is parsed again at every node.) -->
  <xsl:template match="a:part | a:chapter | a:section | a:subsection | a:article | a:debateSection">
    <xsl:choose>
      <xsl:when test="ancestor::a:quotedStructure or not(string(a:num) or string(a:heading))">
        <div class="{local-name()}">
          <xsl:if test="@eId"><xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute></xsl:if>
          <xsl:if test="string(a:num) or string(a:heading)"><p class="heading"><xsl:call-template name="caption"/></p></xsl:if>
          <xsl:apply-templates select="*[not(self::a:num or self::a:heading)]"/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <section class="{local-name()}">
          <xsl:if test="@eId"><xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute></xsl:if>
          <xsl:call-template name="heading"/>
          <xsl:apply-templates select="*[not(self::a:num or self::a:heading)]"/>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:variable name="depth" select="count(ancestor::a:part | ancestor::a:chapter | ancestor::a:section
        | ancestor::a:subsection | ancestor::a:debateSection)"/>
    <xsl:choose>
      <xsl:when test="$depth = 0"><h2><xsl:call-template name="anchor"/><xsl:call-template name="caption"/></h2></xsl:when>
      <xsl:when test="$depth = 1"><h3><xsl:call-template name="anchor"/><xsl:call-template name="caption"/></h3></xsl:when>
      <xsl:when test="$depth = 2"><h4><xsl:call-template name="anchor"/><xsl:call-template name="caption"/></h4></xsl:when>
      <xsl:otherwise><h5><xsl:call-template name="anchor"/><xsl:call-template name="caption"/></h5></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Khoản, Điểm, gạch đầu dòng, free paragraphs: the number leads the first line. -->
  <xsl:template match="a:paragraph | a:point | a:indent | a:hcontainer">
    <!-- Single steps with predicates, no unions: a union sorts into document order, and this runs for every
         Khoản and Điểm (it was the hottest template under xsltproc -\-profile). -->
    <xsl:variable name="body" select="*[self::a:content or self::a:intro][1]"/>
    <xsl:variable name="lead" select="$body/*[1][self::a:p][not(a:mod[a:quotedStructure] or a:table)]"/>
    <xsl:variable name="num" select="string(a:num)"/>
    <xsl:variable name="heading" select="string(a:heading)"/>
    <div class="{local-name()}"><xsl:if test="@eId"><xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="$num != '' and $lead">
          <p class="lead">
            <xsl:call-template name="anchor"/>
            <span class="num"><xsl:value-of select="$num"/></span><xsl:text> </xsl:text>
            <xsl:if test="$heading != ''"><strong><xsl:value-of select="$heading"/></strong><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates select="$lead/node()"/>
          </p>
          <xsl:apply-templates select="$body/*[position() &gt; 1]"/>
          <xsl:apply-templates select="$body/following-sibling::*"/>
        </xsl:when>
        <xsl:when test="$num != '' or $heading != ''">
          <p class="lead">
            <xsl:call-template name="anchor"/>
            <span class="num"><xsl:value-of select="$num"/></span>
            <xsl:if test="$heading != ''"><xsl:text> </xsl:text><strong><xsl:value-of select="$heading"/></strong></xsl:if>
          </p>
          <xsl:apply-templates select="*[not(self::a:num or self::a:heading)]"/>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- The copyable link of a provision. Hidden from screen readers: the heading already says where it is. -->
  <xsl:template name="anchor">
    <xsl:if test="@eId and not(contains(@eId, 'qstr_'))"><!-- inside quoted text: its eIds run through qstr_ -->
      <a class="anchor" href="#{@eId}" aria-hidden="true" tabindex="-1">#</a>
    </xsl:if>
  </xsl:template>

  <!-- A paragraph: a block container when it holds a table or quoted structure (HTML p cannot). Ids are written
       only where an eId exists: an empty id is invalid HTML. -->
  <xsl:template match="a:p">
    <xsl:choose>
      <xsl:when test="a:mod[a:quotedStructure] or a:table"><div class="p"><xsl:apply-templates/></div></xsl:when>
      <xsl:when test="@class = 'heading'"><p class="heading"><xsl:apply-templates/></p></xsl:when>
      <xsl:when test="not(normalize-space())"/>
      <xsl:otherwise><p><xsl:apply-templates/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="a:mod"><xsl:apply-templates/></xsl:template>

  <xsl:template match="a:quotedStructure">
    <blockquote class="quoted"><xsl:if test="@eId"><xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </blockquote>
  </xsl:template>

  <xsl:template match="a:table">
    <div class="table-wrap" role="region" aria-label="Bảng" tabindex="0">
      <table><xsl:if test="@eId"><xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute></xsl:if><tbody><xsl:apply-templates/></tbody></table>
    </div>
  </xsl:template>
  <xsl:template match="a:tr"><tr><xsl:apply-templates/></tr></xsl:template>
  <xsl:template match="a:td"><td><xsl:call-template name="cell"/></td></xsl:template>
  <xsl:template match="a:th"><th><xsl:call-template name="cell"/></th></xsl:template>
  <xsl:template name="cell">
    <xsl:copy-of select="@colspan | @rowspan"/>
    <xsl:for-each select="a:p">
      <xsl:if test="position() &gt; 1"><br/></xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
  </xsl:template>

  <!-- Inline: citations found by html.cpp become a:ref; the header's inline elements show as text. -->
  <xsl:template match="a:ref">
    <a class="ref" href="{@href}"><xsl:apply-templates/></a>
  </xsl:template>
  <xsl:template match="a:docAuthority | a:docNumber | a:docType | a:docTitle | a:location | a:person | a:role | a:span
                       | a:signature | a:from">
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="a:docDate">
    <time datetime="{@date}"><xsl:apply-templates/></time>
  </xsl:template>

  <!-- ============================================================ signatures, Nơi nhận, appendices, notes -->

  <xsl:template match="a:conclusions">
    <footer class="conclusions">
      <xsl:apply-templates select="*[not(self::a:p[@class='signature'] or self::a:blockContainer[@class='recipients'])]"/>
      <div class="closing">
        <xsl:apply-templates select="a:blockContainer[@class='recipients']"/>
        <div class="signatures">
          <xsl:for-each select="a:p[@class='signature']/a:signature">
            <div class="signature">
              <xsl:if test="string(a:span[@class='capacity'])">
                <p class="capacity"><xsl:value-of select="a:span[@class='capacity']"/></p>
              </xsl:if>
              <xsl:if test="string(a:role)"><p class="role"><xsl:value-of select="a:role"/></p></xsl:if>
              <p class="name"><xsl:value-of select="a:person"/></p>
            </div>
          </xsl:for-each>
        </div>
      </div>
    </footer>
  </xsl:template>

  <xsl:template match="a:blockContainer[@class='recipients']">
    <div class="recipients">
      <p class="recipients-title"><xsl:value-of select="a:p[1]"/></p>
      <ul><xsl:for-each select="a:p[position() &gt; 1]"><li><xsl:apply-templates/></li></xsl:for-each></ul>
    </div>
  </xsl:template>

  <xsl:template match="a:blockContainer"><div class="block"><xsl:apply-templates/></div></xsl:template>

  <xsl:template match="a:attachments"><xsl:apply-templates/></xsl:template>

  <xsl:template match="a:attachment">
    <section class="attachment" aria-labelledby="{@eId}__title"><xsl:if test="@eId"><xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute></xsl:if>
      <h2 id="{@eId}__title">
        <xsl:call-template name="anchor"/>
        <xsl:value-of select="a:doc/a:preface/a:p[@class='heading']"/>
        <xsl:if test="not(string(a:doc/a:preface/a:p[@class='heading']))">Phụ lục</xsl:if>
      </h2>
      <xsl:for-each select="a:doc/a:preface/a:p[a:docTitle]">
        <p class="attachment-title"><xsl:value-of select="normalize-space()"/></p>
      </xsl:for-each>
      <xsl:apply-templates select="a:doc/a:mainBody"/>
    </section>
  </xsl:template>

  <xsl:template match="a:notes">
    <section class="notes" aria-labelledby="ghi-chu">
      <h2 id="ghi-chu">Ghi chú</h2>
      <ol><xsl:for-each select="a:note"><li><xsl:if test="@eId"><xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute></xsl:if><xsl:apply-templates/></li></xsl:for-each></ol>
    </section>
  </xsl:template>

  <!-- Metadata is in the panel, never printed raw; unknown elements show their text (the built-in rule). -->
  <xsl:template match="a:meta"/>
</xsl:stylesheet>
