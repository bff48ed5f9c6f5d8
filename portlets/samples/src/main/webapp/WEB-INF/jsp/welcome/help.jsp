<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<div class="park-welcome-help">
  <h3><fmt:message key="help.heading"/></h3>
  <p><fmt:message key="help.text"/></p>
  <portlet:renderURL portletMode="view" var="backUrl"/>
  <p><a href="${backUrl}"><fmt:message key="help.back"/></a></p>
</div>
