<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<%-- Visitor names were typed by people in other portlets: always c:out. --%>
<div class="park-reception">
  <c:if test="${not empty last}">
    <p class="park-reception__last" role="status">
      <fmt:message key="last"><fmt:param><c:out value="${last}"/></fmt:param></fmt:message>
    </p>
  </c:if>
  <c:choose>
    <c:when test="${not empty visitors}">
      <h3><fmt:message key="list.heading"/></h3>
      <ol class="park-reception__visitors">
        <c:forEach var="visitor" items="${visitors}">
          <li><c:out value="${visitor}"/></li>
        </c:forEach>
      </ol>
    </c:when>
    <c:when test="${empty last}">
      <p><fmt:message key="none"/></p>
    </c:when>
  </c:choose>
</div>
