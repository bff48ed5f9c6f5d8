<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-processes">
  <c:if test="${not empty outcomeText}">
    <p class="${outcomeFailed ? 'portlet-msg-error' : 'portlet-msg-success'} park-processes__outcome"
       role="${outcomeFailed ? 'alert' : 'status'}" data-outcome="${outcomeFailed ? 'refused' : 'done'}">${fn:escapeXml(outcomeText)}</p>
  </c:if>
  <c:choose>
    <c:when test="${not empty forbidden}">
      <p class="portlet-msg-error park-processes__forbidden" role="alert">${fn:escapeXml(forbidden)}</p>
    </c:when>
    <c:otherwise>
      <p class="park-processes__filters">
        <a href="${fn:escapeXml(allUrl)}" data-filter="all" <c:if test="${not onlyIncidents}">aria-current="page"</c:if>><fmt:message key="filter.running"/></a>
        · <a href="${fn:escapeXml(incidentsUrl)}" data-filter="incidents" <c:if test="${onlyIncidents}">aria-current="page"</c:if>><fmt:message key="filter.incidents"><fmt:param value="${withIncidents}"/></fmt:message></a>
      </p>
      <c:choose>
        <c:when test="${empty rows}"><p class="park-processes__none"><fmt:message key="processes.none"/></p></c:when>
        <c:otherwise>
          <p><fmt:message key="processes.total"><fmt:param value="${total}"/></fmt:message></p>
          <table class="park-processes__list">
            <thead><tr>
              <th scope="col"><fmt:message key="column.process"/></th><th scope="col"><fmt:message key="column.businessKey"/></th>
              <th scope="col"><fmt:message key="column.waitsAt"/></th><th scope="col"><fmt:message key="column.started"/></th>
              <th scope="col"><fmt:message key="column.incidents"/></th><th scope="col"><fmt:message key="column.cancel"/></th>
            </tr></thead>
            <tbody>
              <c:forEach var="p" items="${rows}">
                <tr data-process="${fn:escapeXml(p.id())}" data-business-key="${fn:escapeXml(p.businessKey())}">
                  <td>${fn:escapeXml(p.process())}</td>
                  <td>${fn:escapeXml(p.businessKey())}</td>
                  <td>${fn:escapeXml(p.steps())}</td>
                  <td><fmt:formatDate value="${p.started()}" type="both" dateStyle="medium" timeStyle="short"/> ${fn:escapeXml(p.startedBy())}</td>
                  <td>
                    <c:forEach var="i" items="${p.incidents()}">
                      <div class="park-processes__incident" data-incident="${fn:escapeXml(i.id())}">
                        <strong>${fn:escapeXml(i.step())}</strong>: ${fn:escapeXml(i.message())}
                        <form method="post" action="<portlet:actionURL name='retry'/>">
                          <input type="hidden" name="incident" value="${fn:escapeXml(i.id())}">
                          <input type="hidden" name="incidents" value="${onlyIncidents}">
                          <button type="submit" data-op="retry"><fmt:message key="op.retry"/></button>
                        </form>
                      </div>
                    </c:forEach>
                  </td>
                  <td>
                    <form method="post" action="<portlet:actionURL name='cancel'/>">
                      <input type="hidden" name="process" value="${fn:escapeXml(p.id())}">
                      <input type="hidden" name="incidents" value="${onlyIncidents}">
                      <label class="park-processes__reason"><fmt:message key="cancel.reason"/>
                        <input type="text" name="reason" maxlength="200"></label>
                      <button type="submit" data-op="cancel"><fmt:message key="op.cancel"/></button>
                    </form>
                  </td>
                </tr>
              </c:forEach>
            </tbody>
          </table>
          <p>
            <c:if test="${not empty previousUrl}"><a href="${fn:escapeXml(previousUrl)}" rel="prev"><fmt:message key="page.previous"/></a></c:if>
            <c:if test="${not empty nextUrl}"><a href="${fn:escapeXml(nextUrl)}" rel="next"><fmt:message key="page.next"/></a></c:if>
          </p>
        </c:otherwise>
      </c:choose>
    </c:otherwise>
  </c:choose>
</div>
