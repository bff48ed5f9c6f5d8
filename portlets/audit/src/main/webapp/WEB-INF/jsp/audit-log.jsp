<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Every value of an entry was typed by someone (a login name at the sign-in form, too): always escaped. --%>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-audit">
<c:choose>
  <c:when test="${forbidden}">
    <p class="portlet-msg-error park-audit__forbidden" role="alert"><fmt:message key="forbidden"/></p>
  </c:when>
  <c:otherwise>
    <div class="park-audit__check">
      <c:choose>
        <c:when test="${not chainChecked}">
          <p class="park-audit__chain park-audit__chain--unchecked" data-chain="unchecked" role="status">
            <fmt:message key="chain.unchecked"/>
          </p>
        </c:when>
        <c:when test="${chainIntact}">
          <p class="park-audit__chain park-audit__chain--intact" data-chain="intact" data-entries="${chainEntries}"
             data-checked="${fn:escapeXml(chainCheckedAt)}" role="status">
            <fmt:message key="chain.intact"><fmt:param value="${chainEntries}"/><fmt:param value="${chainCheckedAt}"/></fmt:message>
          </p>
        </c:when>
        <c:otherwise>
          <p class="park-audit__chain park-audit__chain--broken" data-chain="broken" data-broken-at="${chainBrokenAt}"
             data-checked="${fn:escapeXml(chainCheckedAt)}" role="alert">
            <fmt:message key="chain.broken"><fmt:param value="${chainBrokenAt}"/><fmt:param value="${chainCheckedAt}"/></fmt:message>
          </p>
        </c:otherwise>
      </c:choose>
      <portlet:actionURL name="verify" var="verifyUrl" copyCurrentRenderParameters="true"/>
      <form class="park-audit__verify" method="post" action="${verifyUrl}">
        <button type="submit"><fmt:message key="chain.verify"/></button>
      </form>
    </div>

    <form class="park-audit__filter" method="get" action="${fn:escapeXml(form.action())}">
      <c:forEach var="field" items="${form.hidden()}">
        <input type="hidden" name="${fn:escapeXml(field.name())}" value="${fn:escapeXml(field.value())}">
      </c:forEach>
      <c:forEach var="date" items="from,to">
        <label for="${ns}${date}"><fmt:message key="filter.${date}"/>
          <input type="date" id="${ns}${date}" data-field="${date}" name="${fn:escapeXml(form.name(date))}" value="${fn:escapeXml(values[date])}"
                 placeholder="yyyy-MM-dd"
                 <c:if test="${not empty errors[date]}">aria-invalid="true" aria-describedby="${ns}${date}-error"</c:if>>
          <c:if test="${not empty errors[date]}">
            <span class="portlet-msg-error" id="${ns}${date}-error" data-error-for="${date}"><fmt:message key="${errors[date]}"/></span>
          </c:if>
        </label>
      </c:forEach>
      <label for="${ns}actor"><fmt:message key="filter.actor"/>
        <input type="text" id="${ns}actor" data-field="actor" name="${fn:escapeXml(form.name('actor'))}" value="${fn:escapeXml(values.actor)}"
               maxlength="${maxActor}">
        <c:if test="${not empty errors.actor}">
          <span class="portlet-msg-error" data-error-for="actor"><fmt:message key="${errors.actor}"><fmt:param value="${maxActor}"/></fmt:message></span>
        </c:if>
      </label>
      <label for="${ns}action"><fmt:message key="filter.action"/>
        <select id="${ns}action" data-field="action" name="${fn:escapeXml(form.name('action'))}">
          <option value=""><fmt:message key="filter.action.any"/></option>
          <c:forEach var="action" items="${actions}">
            <option value="${action}" <c:if test="${values.action == action.name()}">selected</c:if>><fmt:message key="action.${action}"/></option>
          </c:forEach>
        </select>
        <c:if test="${not empty errors.action}">
          <span class="portlet-msg-error" data-error-for="action"><fmt:message key="${errors.action}"/></span>
        </c:if>
      </label>
      <label for="${ns}text"><fmt:message key="filter.text"/>
        <input type="search" id="${ns}text" data-field="text" name="${fn:escapeXml(form.name('text'))}" value="${fn:escapeXml(values.text)}"
               maxlength="${maxText}">
        <c:if test="${not empty errors.text}">
          <span class="portlet-msg-error" data-error-for="text"><fmt:message key="${errors.text}"><fmt:param value="${maxText}"/></fmt:message></span>
        </c:if>
      </label>
      <button type="submit"><fmt:message key="filter.submit"/></button>
      <a href="${fn:escapeXml(form.action())}"><fmt:message key="filter.reset"/></a>
    </form>

    <c:choose>
      <c:when test="${not empty errors}">
        <p class="portlet-msg-error park-audit__invalid" role="alert"><fmt:message key="filter.invalid"/></p>
      </c:when>
      <c:when test="${empty entries}">
        <p class="park-audit__none"><fmt:message key="entries.none"/></p>
      </c:when>
      <c:otherwise>
        <p class="park-audit__summary">
          <fmt:message key="entries.range"><fmt:param value="${first}"/><fmt:param value="${last}"/><fmt:param value="${total}"/></fmt:message>
          <a class="park-audit__csv" href="${fn:escapeXml(csvUrl)}"><fmt:message key="export.csv"/></a>
        </p>
        <table class="park-audit__entries">
          <thead>
            <tr>
              <th scope="col"><fmt:message key="column.time"/></th>
              <th scope="col"><fmt:message key="column.actor"/></th>
              <th scope="col"><fmt:message key="column.action"/></th>
              <th scope="col"><fmt:message key="column.target"/></th>
              <th scope="col"><fmt:message key="column.detail"/></th>
              <th scope="col"><fmt:message key="column.address"/></th>
            </tr>
          </thead>
          <tbody>
            <c:forEach var="entry" items="${entries}">
              <tr data-entry="${entry.id()}" data-action="${fn:escapeXml(entry.action())}">
                <td><time datetime="${entry.occurredAt()}"><c:out value="${entry.occurredAt()}"/></time></td>
                <td class="park-audit__actor">
                  <c:choose>
                    <c:when test="${empty entry.actor()}"><em><fmt:message key="actor.none"/></em></c:when>
                    <c:otherwise><c:out value="${entry.actor()}"/></c:otherwise>
                  </c:choose>
                </td>
                <td><fmt:message key="action.${fn:escapeXml(entry.action())}"/></td>
                <td><c:out value="${entry.target()}"/></td>
                <td><c:out value="${entry.detail()}"/></td>
                <td class="park-audit__address"><c:out value="${entry.address()}"/></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </c:otherwise>
    </c:choose>
    <%-- Outside the table's branch: a page number past the end (an old bookmark) still leads back. --%>
    <c:if test="${not empty previousUrl or not empty nextUrl}">
      <nav class="park-audit__pages">
        <c:if test="${not empty previousUrl}"><a rel="prev" href="${fn:escapeXml(previousUrl)}"><fmt:message key="page.previous"/></a></c:if>
        <c:if test="${not empty nextUrl}"><a rel="next" href="${fn:escapeXml(nextUrl)}"><fmt:message key="page.next"/></a></c:if>
      </nav>
    </c:if>
  </c:otherwise>
</c:choose>
</div>
