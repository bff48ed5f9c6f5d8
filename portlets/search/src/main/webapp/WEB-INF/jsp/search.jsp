<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Titles and snippets arrive as HTML from the back office: escaped text with <mark> around matched words only.
     Everything else is escaped here. --%>
<c:set var="ns"><portlet:namespace/></c:set>
<fmt:message key="search.placeholder" var="placeholder"/>
<fmt:message key="type.label" var="typeLabel"/>
<div class="park-search">
  <form class="park-search__form" method="get" action="${fn:escapeXml(form.action())}" role="search">
    <c:forEach var="field" items="${form.hidden()}">
      <input type="hidden" name="${fn:escapeXml(field.name())}" value="${fn:escapeXml(field.value())}">
    </c:forEach>
    <label for="${ns}q" class="park-search__label"><fmt:message key="search.label"/></label>
    <input type="search" id="${ns}q" data-field="q" name="${fn:escapeXml(form.name('q'))}" value="${fn:escapeXml(words)}"
           maxlength="${maxWords}" placeholder="${fn:escapeXml(placeholder)}" autocomplete="off">
    <button type="submit"><fmt:message key="search.submit"/></button>
  </form>

  <c:choose>
    <c:when test="${rebuilt == 'refused'}">
      <p class="portlet-msg-error park-search__rebuilt" role="alert" data-rebuilt="refused"><fmt:message key="rebuild.refused"/></p>
    </c:when>
    <c:when test="${not empty rebuilt}">
      <p class="portlet-msg-success park-search__rebuilt" role="status" data-rebuilt="${fn:escapeXml(rebuilt)}">
        <%-- A render parameter: anyone can put text into it, so it is escaped like the words. --%>
        <fmt:message key="rebuild.done" var="done"><fmt:param value="${rebuilt}"/></fmt:message><c:out value="${done}"/>
      </p>
    </c:when>
  </c:choose>

  <c:choose>
    <c:when test="${not empty rejected}">
      <p class="portlet-msg-error park-search__rejected" role="alert" data-rejected="${fn:escapeXml(rejected)}">
        <fmt:message key="query.${rejected}"><fmt:param value="${maxWords}"/></fmt:message>
      </p>
    </c:when>
    <c:when test="${empty words}">
      <p class="park-search__prompt"><fmt:message key="search.prompt"/></p>
    </c:when>
    <c:when test="${results.total() == 0}">
      <c:if test="${not empty types and fn:length(types) > 1}">
        <%-- Nothing of this type, but of others: offer them. --%>
        <ul class="park-search__types">
          <c:forEach var="t" items="${types}">
            <li><a href="${fn:escapeXml(t.url())}" data-type="${fn:escapeXml(t.type())}"<c:if test="${t.selected()}"> aria-current="true"</c:if>><c:out value="${t.label()}"/> (${t.count()})</a></li>
          </c:forEach>
        </ul>
      </c:if>
      <fmt:message key="results.none" var="none"><fmt:param value="${words}"/></fmt:message>
      <p class="park-search__none" role="status"><c:out value="${none}"/></p>
    </c:when>
    <c:otherwise>
      <nav aria-label="${fn:escapeXml(typeLabel)}">
        <ul class="park-search__types">
          <c:forEach var="t" items="${types}">
            <li><a href="${fn:escapeXml(t.url())}" data-type="${fn:escapeXml(t.type())}"<c:if test="${t.selected()}"> aria-current="true"</c:if>><c:out value="${t.label()}"/> (${t.count()})</a></li>
          </c:forEach>
        </ul>
      </nav>
      <p class="park-search__summary" role="status">
        <fmt:message key="results.range"><fmt:param value="${results.first()}"/><fmt:param value="${results.last()}"/><fmt:param value="${results.total()}"/></fmt:message>
      </p>
      <ol class="park-search__hits" start="${results.first()}">
        <c:forEach var="hit" items="${results.hits()}">
          <li class="park-search__hit" data-id="${fn:escapeXml(hit.id())}" data-type="${fn:escapeXml(hit.type())}">
            <h3>
              <c:choose>
                <c:when test="${not empty hit.url()}"><a href="${fn:escapeXml(hit.url())}">${hit.titleHtml()}</a></c:when>
                <c:otherwise>${hit.titleHtml()}</c:otherwise>
              </c:choose>
              <span class="park-search__type"><c:out value="${labels[hit.type()]}"/></span>
            </h3>
            <c:if test="${not empty hit.snippetHtml()}"><p class="park-search__snippet">${hit.snippetHtml()}</p></c:if>
          </li>
        </c:forEach>
      </ol>
    </c:otherwise>
  </c:choose>
  <c:if test="${not empty previousUrl or not empty nextUrl}">
    <nav class="park-search__pages">
      <c:if test="${not empty previousUrl}"><a rel="prev" href="${fn:escapeXml(previousUrl)}"><fmt:message key="page.previous"/></a></c:if>
      <c:if test="${not empty nextUrl}"><a rel="next" href="${fn:escapeXml(nextUrl)}"><fmt:message key="page.next"/></a></c:if>
    </nav>
  </c:if>

  <c:if test="${not empty rebuildUrl}">
    <form class="park-search__rebuild" method="post" action="${fn:escapeXml(rebuildUrl)}">
      <button type="submit"><fmt:message key="rebuild.button"/></button>
      <span class="park-search__rebuild-note"><fmt:message key="rebuild.note"/></span>
    </form>
  </c:if>
</div>
