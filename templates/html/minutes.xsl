<?xml version="1.0" encoding="UTF-8"?>
<!--
  SPDX-License-Identifier: Apache-2.0

  Minutes (Biên bản, AKN debate): the meeting's facts, who attended, speeches, and every vote as a table row with a
  small inline SVG bar (tán thành / không tán thành / không biểu quyết), so the outcome is seen at a glance.
  Included by document.xsl; uses its $top and $info.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:vt="https://vanthu.dev/ns/akn-vn/1.0"
    exclude-result-prefixes="a vt">

  <xsl:variable name="meeting" select="$info/vt:minutes"/>

  <!-- The meeting's facts, then who attended. -->
  <xsl:template match="a:rollCall">
    <section class="meeting" aria-labelledby="cuoc-hop">
      <h2 id="cuoc-hop">Cuộc họp</h2>
      <dl class="facts">
        <xsl:if test="string($meeting/@start)">
          <dt>Thời gian</dt>
          <dd><xsl:value-of select="$meeting/@start"/>
            <xsl:if test="string($meeting/@end)"> – <xsl:value-of select="$meeting/@end"/></xsl:if></dd>
        </xsl:if>
        <xsl:if test="string($meeting/@place)"><dt>Địa điểm</dt><dd><xsl:value-of select="$meeting/@place"/></dd></xsl:if>
        <xsl:if test="string($meeting/@chair)"><dt>Chủ trì</dt><dd><xsl:value-of select="$meeting/@chair"/></dd></xsl:if>
        <xsl:if test="string($meeting/@secretary)"><dt>Thư ký</dt><dd><xsl:value-of select="$meeting/@secretary"/></dd></xsl:if>
        <xsl:if test="string($meeting/@present)"><dt>Có mặt</dt><dd><xsl:value-of select="$meeting/@present"/> người</dd></xsl:if>
      </dl>
      <xsl:if test="a:p">
        <h3>Thành phần tham dự</h3>
        <xsl:if test="a:p[@class='present']">
          <ul class="attendees present">
            <xsl:for-each select="a:p[@class='present']"><li><xsl:apply-templates/></li></xsl:for-each>
          </ul>
        </xsl:if>
        <xsl:if test="a:p[@class='absent']">
          <p class="absent-title">Vắng mặt</p>
          <ul class="attendees absent">
            <xsl:for-each select="a:p[@class='absent']"><li><xsl:apply-templates/></li></xsl:for-each>
          </ul>
        </xsl:if>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="a:speech">
    <div class="speech"><xsl:if test="@eId"><xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute></xsl:if>
      <p class="speaker"><xsl:apply-templates select="a:from"/></p>
      <xsl:apply-templates select="*[not(self::a:from)]"/>
    </div>
  </xsl:template>

  <!-- Every vote: a row with its counts and a bar. The bar's whole is the stated total when there is one. -->
  <xsl:template name="votes">
    <xsl:if test="$meeting/vt:vote">
      <section class="votes" aria-labelledby="bieu-quyet">
        <h2 id="bieu-quyet">Kết quả biểu quyết</h2>
        <div class="table-wrap" role="region" aria-labelledby="bieu-quyet" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col">Nội dung</th>
                <th scope="col">Tán thành</th>
                <th scope="col">Không tán thành</th>
                <th scope="col">Không biểu quyết</th>
                <th scope="col">Tổng số</th>
                <th scope="col">Tỷ lệ</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$meeting/vt:vote">
                <tr>
                  <th scope="row"><xsl:value-of select="@subject"/></th>
                  <td class="n"><xsl:value-of select="@for"/></td>
                  <td class="n"><xsl:value-of select="@against"/></td>
                  <td class="n"><xsl:value-of select="@abstain"/></td>
                  <td class="n"><xsl:value-of select="@total"/></td>
                  <td class="bar"><xsl:call-template name="vote-bar"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
        <p class="legend">
          <span class="key for"></span> Tán thành
          <span class="key against"></span> Không tán thành
          <span class="key abstain"></span> Không biểu quyết
          <span class="key rest"></span> Còn lại (vắng, không tham gia)
        </p>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="vote-bar">
    <xsl:variable name="for" select="number(concat('0', @for))"/>
    <xsl:variable name="against" select="number(concat('0', @against))"/>
    <xsl:variable name="abstain" select="number(concat('0', @abstain))"/>
    <xsl:variable name="counted" select="$for + $against + $abstain"/>
    <xsl:variable name="whole">
      <xsl:choose>
        <xsl:when test="number(@total) &gt;= $counted and number(@total) &gt; 0"><xsl:value-of select="number(@total)"/></xsl:when>
        <xsl:when test="$counted &gt; 0"><xsl:value-of select="$counted"/></xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="w-for" select="100 * $for div $whole"/>
    <xsl:variable name="w-against" select="100 * $against div $whole"/>
    <xsl:variable name="w-abstain" select="100 * $abstain div $whole"/>
    <xsl:variable name="label" select="concat('Tán thành ', $for, ', không tán thành ', $against, ', không biểu quyết ',
        $abstain, ' trên ', $whole)"/>
    <svg xmlns="http://www.w3.org/2000/svg" class="vote-bar" viewBox="0 0 100 10" preserveAspectRatio="none"
         width="120" height="14" role="img" aria-label="{$label}">
      <title><xsl:value-of select="$label"/></title>
      <rect class="rest" x="0" y="0" width="100" height="10"/>
      <rect class="for" x="0" y="0" width="{format-number($w-for, '0.##')}" height="10"/>
      <rect class="against" x="{format-number($w-for, '0.##')}" y="0"
            width="{format-number($w-against, '0.##')}" height="10"/>
      <rect class="abstain" x="{format-number($w-for + $w-against, '0.##')}" y="0"
            width="{format-number($w-abstain, '0.##')}" height="10"/>
    </svg>
  </xsl:template>
</xsl:stylesheet>
