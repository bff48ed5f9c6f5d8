<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<%-- Each link is a render URL that sets the public render parameter "city"; city-weather reads the same parameter. --%>
<nav class="park-sites">
  <p><fmt:message key="picker.intro"/></p>
  <ul>
    <c:forEach var="site" items="${sites}">
      <portlet:renderURL var="siteUrl"><portlet:param name="city" value="${site.id}"/></portlet:renderURL>
      <li><a href="${siteUrl}"<c:if test="${site.id eq city}"> aria-current="true" class="park-sites__current"</c:if>><fmt:message key="${site.labelKey}"/></a></li>
    </c:forEach>
  </ul>
</nav>
