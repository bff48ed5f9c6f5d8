<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Texts carry what people typed (server names, comments): always escaped. Actions go through the portal (CSRF token). --%>
<div class="park-notes">
  <c:if test="${not empty outcomeText}">
    <p class="portlet-msg-error park-notes__outcome" role="alert">${fn:escapeXml(outcomeText)}</p>
  </c:if>
  <c:choose>
    <c:when test="${empty rows}">
      <p class="park-notes__none"><fmt:message key="notifications.none"/></p>
    </c:when>
    <c:otherwise>
      <div class="park-notes__meta">
        <p class="park-notes__summary" data-unread="${unread}"><fmt:message key="notifications.unread"><fmt:param value="${unread}"/></fmt:message></p>
        <c:if test="${unread gt 0}">
          <form method="post" action="<portlet:actionURL name='markAllRead'/>">
            <button type="submit" class="park-notes__read-all"><fmt:message key="action.markAllRead"/></button>
          </form>
        </c:if>
      </div>
      <ul class="park-notes__list">
        <c:forEach var="n" items="${rows}">
          <li class="park-notes__item${n.read() ? '' : ' park-notes__item--unread'}" data-notification="${n.id()}" data-read="${n.read()}">
            <span class="park-notes__text">${fn:escapeXml(n.text())}</span>
            <span class="park-notes__meta">
              <time datetime="${fn:escapeXml(n.isoTime())}" data-park-local>${fn:escapeXml(n.time())}</time>
              <c:if test="${not empty n.url()}"><a class="park-notes__link" href="${fn:escapeXml(n.url())}"><fmt:message key="action.open"/></a></c:if>
              <c:if test="${not n.read()}">
                <form method="post" action="<portlet:actionURL name='markRead'/>">
                  <input type="hidden" name="id" value="${n.id()}">
                  <button type="submit" class="park-notes__read"><fmt:message key="action.markRead"/></button>
                </form>
              </c:if>
            </span>
          </li>
        </c:forEach>
      </ul>
    </c:otherwise>
  </c:choose>
</div>
