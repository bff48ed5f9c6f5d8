<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<portlet:actionURL var="saveUrl"/>
<portlet:renderURL portletMode="view" var="cancelUrl"/>
<c:set var="ns"><portlet:namespace/></c:set>
<form class="park-welcome-edit" method="post" action="${saveUrl}">
  <h3><fmt:message key="edit.heading"/></h3>
  <c:if test="${not empty problemKey}">
    <p class="portlet-msg-error" role="alert" id="${ns}problem">
      <fmt:message key="${problemKey}"><fmt:param value="${maxLength}"/></fmt:message>
    </p>
  </c:if>
  <label for="${ns}greeting"><fmt:message key="edit.label"/></label>
  <input type="text" id="${ns}greeting" name="greeting" size="60" maxlength="${maxLength}" required
         value="<c:out value='${draft}'/>"
         <c:if test="${not empty problemKey}">aria-invalid="true" aria-describedby="${ns}problem"</c:if>>
  <p class="park-welcome-edit__hint"><fmt:message key="edit.hint"><fmt:param value="${maxLength}"/></fmt:message></p>
  <button type="submit"><fmt:message key="edit.save"/></button>
  <a href="${cancelUrl}"><fmt:message key="edit.cancel"/></a>
</form>
