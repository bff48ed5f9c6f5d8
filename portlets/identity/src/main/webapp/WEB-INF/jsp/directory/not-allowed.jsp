<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<p class="portlet-msg-error park-directory-not-allowed" role="alert"><fmt:message key="notAllowed"/></p>
