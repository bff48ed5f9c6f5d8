<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%--
  Park Portal - standalone error page of the default theme.
  Request attributes (all escaped): errorTitle, errorText, homeUrl, backHomeLabel, lang.
  The caller sets the HTTP status before forwarding here.
--%>
<c:set var="ctx" value="${fn:escapeXml(pageContext.request.contextPath)}"/>
<!DOCTYPE html>
<html lang="${empty lang ? 'en' : fn:escapeXml(lang)}" class="pp-theme-default">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="robots" content="noindex">
<title>${fn:escapeXml(errorTitle)}</title>
<link rel="stylesheet" href="${ctx}/themes/common/base.css">
<link rel="stylesheet" href="${ctx}/themes/default/theme.css">
</head>
<body class="pp-body pp-error-page">
<main class="pp-main pp-container" id="pp-main">
  <div class="pp-error-card">
    <span class="pp-error-card-icon" aria-hidden="true"><svg class="pp-icon" viewBox="0 0 16 16" focusable="false" xmlns="http://www.w3.org/2000/svg"><path d="M8 1.8l6.6 11.7H1.4z"/><path d="M8 6.3v3.3M8 11.5v.1"/></svg></span>
    <h1>${fn:escapeXml(errorTitle)}</h1>
    <c:if test="${not empty errorText}"><p>${fn:escapeXml(errorText)}</p></c:if>
    <c:if test="${not empty homeUrl}">
      <a class="pp-button-primary" href="${fn:escapeXml(homeUrl)}">${fn:escapeXml(empty backHomeLabel ? homeUrl : backHomeLabel)}</a>
    </c:if>
  </div>
</main>
</body>
</html>
