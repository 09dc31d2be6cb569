<?xml version="1.0" encoding="UTF-8"?>
<!--
  SPDX-License-Identifier: Apache-2.0

  The clerks' pages: sign in, the desk (upload, every document in any state), a document's review (metadata to
  correct, structure outline, warnings, versions, publish and unpublish), the audit log. Its input is the small XML
  engine/render/desk.cpp builds (no namespace):

    <desk title="…" tagline="…" user="…" notice="…" error="…" home="…" stylesheet="…">
      <link label="…" href="…"/>…
      <sign-out><form …/></sign-out>
      <section heading="…" id="…">
        <p text="…"/>… <fact label="…" value="…"/>… <warning text="…"/>…
        <outline><item level="0" label="…" href="…"/>…</outline>
        <table caption="…"><column label="…"/>… <row><cell text="…" href="…"/>…</row>…</table>…
        <form action="…" submit="…" upload="yes|" danger="yes|">
          <field name="…" label="…" type="text|date|password|file|hidden|textarea" value="…" hint="…"
                 autocomplete="…" required="yes|" multiple="yes|"/>…
        </form>…
      </section>…
    </desk>

  Every form posts. Pages work without JavaScript, and carry none.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:param name="css" select="''"/>

  <xsl:template match="/desk">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="vi">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="@title"/> – vanthu</title>
        <meta name="robots" content="noindex"/>
        <xsl:choose>
          <xsl:when test="string(@stylesheet)"><link rel="stylesheet" href="{@stylesheet}"/></xsl:when>
          <xsl:otherwise><style><xsl:value-of select="$css" disable-output-escaping="yes"/></style></xsl:otherwise>
        </xsl:choose>
      </head>
      <body class="desk">
        <a class="skip" href="#noi-dung">Bỏ qua, đến nội dung</a>
        <header class="site">
          <a class="brand" href="{@home}">vanthu</a>
          <span class="tagline"><xsl:value-of select="@tagline"/></span>
          <xsl:if test="string(@user)">
            <div class="who">
              <xsl:text>Đăng nhập: </xsl:text><strong><xsl:value-of select="@user"/></strong>
              <xsl:for-each select="sign-out/form"><xsl:apply-templates select="." mode="inline"/></xsl:for-each>
            </div>
          </xsl:if>
        </header>
        <xsl:if test="link">
          <nav class="desk-nav" aria-label="Bàn làm việc">
            <ul class="browse"><xsl:for-each select="link"><li><a href="{@href}"><xsl:value-of select="@label"/></a></li></xsl:for-each></ul>
          </nav>
        </xsl:if>
        <main id="noi-dung" class="desk">
          <h1><xsl:value-of select="@title"/></h1>
          <xsl:if test="string(@notice)"><p class="notice" role="status"><xsl:value-of select="@notice"/></p></xsl:if>
          <xsl:if test="string(@error)"><p class="error" role="alert"><xsl:value-of select="@error"/></p></xsl:if>
          <xsl:apply-templates select="section"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="section">
    <section class="panel" id="{@id}" aria-labelledby="{@id}-h">
      <h2 id="{@id}-h"><xsl:value-of select="@heading"/></h2>
      <xsl:for-each select="p"><p><xsl:value-of select="@text"/></p></xsl:for-each>
      <xsl:if test="fact">
        <dl class="facts">
          <xsl:for-each select="fact">
            <dt><xsl:value-of select="@label"/></dt>
            <dd><xsl:value-of select="@value"/></dd>
          </xsl:for-each>
        </dl>
      </xsl:if>
      <xsl:if test="warning">
        <ul class="warnings">
          <xsl:for-each select="warning"><li><xsl:value-of select="@text"/></li></xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:apply-templates select="outline | table | form"/>
    </section>
  </xsl:template>

  <xsl:template match="outline">
    <ul class="outline">
      <xsl:for-each select="item">
        <li class="level-{@level}">
          <xsl:choose>
            <xsl:when test="string(@href)"><a href="{@href}"><xsl:value-of select="@label"/></a></xsl:when>
            <xsl:otherwise><xsl:value-of select="@label"/></xsl:otherwise>
          </xsl:choose>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="table">
    <div class="table-scroll">
      <table class="desk-table">
        <xsl:if test="string(@caption)"><caption><xsl:value-of select="@caption"/></caption></xsl:if>
        <thead><tr><xsl:for-each select="column"><th scope="col"><xsl:value-of select="@label"/></th></xsl:for-each></tr></thead>
        <tbody>
          <xsl:for-each select="row">
            <tr>
              <xsl:for-each select="cell">
                <td>
                  <xsl:choose>
                    <xsl:when test="string(@href)"><a href="{@href}"><xsl:value-of select="@text"/></a></xsl:when>
                    <xsl:otherwise><xsl:value-of select="@text"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- A form: its fields one under another, each with its label, then the button. -->
  <xsl:template match="form">
    <xsl:variable name="form" select="generate-id()"/>
    <form method="post" action="{@action}" class="desk-form">
      <xsl:if test="@upload = 'yes'"><xsl:attribute name="enctype">multipart/form-data</xsl:attribute></xsl:if>
      <xsl:for-each select="field">
        <xsl:variable name="id" select="concat($form, '-', @name)"/>
        <xsl:choose>
          <xsl:when test="@type = 'hidden'"><input type="hidden" name="{@name}" value="{@value}"/></xsl:when>
          <xsl:otherwise>
            <div class="field">
              <label for="{$id}"><xsl:value-of select="@label"/></label>
              <xsl:choose>
                <xsl:when test="@type = 'textarea'">
                  <textarea id="{$id}" name="{@name}" rows="3">
                    <xsl:if test="@required = 'yes'"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
                    <xsl:value-of select="@value"/>
                  </textarea>
                </xsl:when>
                <xsl:otherwise>
                  <input id="{$id}" name="{@name}" type="{@type}">
                    <xsl:if test="@type != 'file' and @type != 'password'"><xsl:attribute name="value"><xsl:value-of select="@value"/></xsl:attribute></xsl:if>
                    <xsl:if test="@required = 'yes'"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
                    <xsl:if test="@multiple = 'yes'"><xsl:attribute name="multiple">multiple</xsl:attribute></xsl:if>
                    <xsl:if test="string(@autocomplete)"><xsl:attribute name="autocomplete"><xsl:value-of select="@autocomplete"/></xsl:attribute></xsl:if>
                    <xsl:if test="string(@hint)"><xsl:attribute name="aria-describedby"><xsl:value-of select="concat($id, '-hint')"/></xsl:attribute></xsl:if>
                  </input>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="string(@hint)"><small id="{$id}-hint" class="hint"><xsl:value-of select="@hint"/></small></xsl:if>
            </div>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <button type="submit">
        <xsl:if test="@danger = 'yes'"><xsl:attribute name="class">danger</xsl:attribute></xsl:if>
        <xsl:value-of select="@submit"/>
      </button>
    </form>
  </xsl:template>

  <!-- The sign-out button beside the user's name: hidden fields and one button, on one line. -->
  <xsl:template match="form" mode="inline">
    <form method="post" action="{@action}" class="inline">
      <xsl:for-each select="field"><input type="hidden" name="{@name}" value="{@value}"/></xsl:for-each>
      <button type="submit"><xsl:value-of select="@submit"/></button>
    </form>
  </xsl:template>
</xsl:stylesheet>
