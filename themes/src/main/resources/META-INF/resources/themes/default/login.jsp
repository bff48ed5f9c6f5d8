<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%--
  Park Portal - the sign-in page (FORM login, posts to the container's j_security_check).
  Request attributes (all escaped): lang, loginAction, loginUserName, loginError, homeUrl, portalName,
  backHomeLabel, login_title, login_intro, login_username, login_password, login_submit.
--%>
<c:set var="ctx" value="${fn:escapeXml(pageContext.request.contextPath)}"/>
<!DOCTYPE html>
<html lang="${empty lang ? 'en' : fn:escapeXml(lang)}" class="pp-theme-default">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="robots" content="noindex">
<title>${fn:escapeXml(login_title)} &#8211; ${fn:escapeXml(portalName)}</title>
<link rel="stylesheet" href="${ctx}/themes/common/base.css">
<link rel="stylesheet" href="${ctx}/themes/default/theme.css">
</head>
<body class="pp-body pp-login-page">
<main class="pp-main pp-container" id="pp-main">
  <div class="pp-error-card pp-login-card">
    <a class="pp-brand" href="${fn:escapeXml(homeUrl)}">
      <span class="pp-brand-mark" aria-hidden="true"></span>
      <span class="pp-brand-name">${fn:escapeXml(portalName)}</span>
    </a>
    <h1>${fn:escapeXml(login_title)}</h1>
    <p>${fn:escapeXml(login_intro)}</p>
    <c:if test="${not empty loginError}">
      <p class="pp-login-error" role="alert" id="pp-login-error">${fn:escapeXml(loginError)}</p>
    </c:if>
    <form class="pp-login-form" method="post" action="${fn:escapeXml(loginAction)}" autocomplete="on">
      <label for="j_username">${fn:escapeXml(login_username)}</label>
      <input id="j_username" name="j_username" type="text" autocomplete="username" autocapitalize="none"
             spellcheck="false" required autofocus maxlength="128" value="${fn:escapeXml(loginUserName)}">
      <label for="j_password">${fn:escapeXml(login_password)}</label>
      <input id="j_password" name="j_password" type="password" autocomplete="current-password" required maxlength="256">
      <button type="submit" class="pp-button-primary">${fn:escapeXml(login_submit)}</button>
    </form>
    <a class="pp-login-back" href="${fn:escapeXml(homeUrl)}">${fn:escapeXml(backHomeLabel)}</a>
  </div>
</main>
</body>
</html>
