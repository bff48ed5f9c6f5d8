<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<%-- Texts come from the portlet's bundle (set up by PortletView); the greeting itself is user input: c:out. --%>
<div class="park-welcome">
  <p class="park-welcome__greeting"><c:out value="${greeting}"/></p>
  <p class="park-welcome__since">
    <fmt:message key="welcome.since">
      <fmt:param><fmt:formatDate value="${since}" type="both" dateStyle="long" timeStyle="short"/></fmt:param>
    </fmt:message>
  </p>
  <c:if test="${canEdit}">
    <portlet:renderURL portletMode="edit" var="editUrl"/>
    <p><a href="${editUrl}"><fmt:message key="welcome.edit"/></a></p>
  </c:if>
</div>
