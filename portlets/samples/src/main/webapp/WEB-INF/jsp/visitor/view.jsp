<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<portlet:actionURL var="registerUrl"/>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-visitor">
  <c:if test="${not empty registered}">
    <p class="portlet-msg-success" role="status">
      <fmt:message key="registered"><fmt:param><c:out value="${registered}"/></fmt:param></fmt:message>
      <c:if test="${not empty company}">
        <br><fmt:message key="registered.company"><fmt:param><c:out value="${company}"/></fmt:param></fmt:message>
      </c:if>
    </p>
  </c:if>
  <p><fmt:message key="intro"/></p>
  <c:if test="${not empty problemKey}">
    <p class="portlet-msg-error" role="alert"><fmt:message key="${problemKey}"><fmt:param value="${maxLength}"/></fmt:message></p>
  </c:if>
  <form method="post" action="${registerUrl}">
    <p>
      <label for="${ns}name"><fmt:message key="form.name"/></label>
      <input type="text" id="${ns}name" name="name" maxlength="${maxLength}" required value="<c:out value='${draftName}'/>">
    </p>
    <p>
      <label for="${ns}company"><fmt:message key="form.company"/></label>
      <input type="text" id="${ns}company" name="company" maxlength="${maxLength}" value="<c:out value='${draftCompany}'/>">
    </p>
    <button type="submit"><fmt:message key="form.submit"/></button>
  </form>
</div>
