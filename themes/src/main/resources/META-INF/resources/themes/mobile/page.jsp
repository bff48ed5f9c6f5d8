<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%--
  Park Portal - mobile theme page template.

  Same "page" request attribute as the default theme. Differences: one column whatever the page layout
  (the columns' windows follow each other in column order), a compact header, the navigation as a plain
  nested list behind the menu button, 44px touch targets, nothing that needs hovering.
  Behaviour comes from the default theme's theme.js.
--%>
<c:if test="${empty requestScope.page}"><c:redirect url="/"/></c:if>
<c:set var="msg" value="${page.messages}"/>
<c:set var="ctx" value="${fn:escapeXml(page.contextPath)}"/>
<c:set var="maximized" value="${not empty page.maximizedWindow}"/>
<!DOCTYPE html>
<html lang="${fn:escapeXml(page.lang)}" dir="${empty page.dir ? 'ltr' : fn:escapeXml(page.dir)}" class="pp-theme-mobile">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="theme-color" content="#0b6b61">
<title><c:if test="${not empty page.title}">${fn:escapeXml(page.title)} &#8211; </c:if>${fn:escapeXml(msg['portal.name'])}</title>
<link rel="stylesheet" href="${ctx}/themes/common/base.css">
<link rel="stylesheet" href="${ctx}/themes/mobile/theme.css">
<script src="${ctx}/themes/default/theme.js"></script>
${page.headMarkup}
</head>
<body class="pp-body${maximized ? ' pp-has-maximized' : ''}">
<svg class="pp-sprite" width="0" height="0" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">
  <symbol id="pp-i-view" viewBox="0 0 16 16"><path d="M1.2 8S3.7 3.2 8 3.2 14.8 8 14.8 8 12.3 12.8 8 12.8 1.2 8 1.2 8z"/><circle cx="8" cy="8" r="2.1"/></symbol>
  <symbol id="pp-i-edit" viewBox="0 0 16 16"><path d="M2.5 4.5h6M11.5 4.5h2M2.5 11.5h2M7.5 11.5h6"/><circle cx="10" cy="4.5" r="1.6"/><circle cx="6" cy="11.5" r="1.6"/></symbol>
  <symbol id="pp-i-help" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.5"/><path d="M6.1 6.3a1.95 1.95 0 1 1 2.7 1.8c-.5.2-.8.6-.8 1.1v.5"/><path d="M8 11.6v.1"/></symbol>
  <symbol id="pp-i-normal" viewBox="0 0 16 16"><rect x="2.5" y="5.5" width="8" height="8" rx="1"/><path d="M5.5 2.5h7a1 1 0 0 1 1 1v7"/></symbol>
  <symbol id="pp-i-minimized" viewBox="0 0 16 16"><path d="M3 12.5h10"/></symbol>
  <symbol id="pp-i-maximized" viewBox="0 0 16 16"><path d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10"/></symbol>
  <symbol id="pp-i-menu" viewBox="0 0 16 16"><path d="M2.5 4h11M2.5 8h11M2.5 12h11"/></symbol>
  <symbol id="pp-i-close" viewBox="0 0 16 16"><path d="M3.5 3.5l9 9M12.5 3.5l-9 9"/></symbol>
  <symbol id="pp-i-globe" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.5"/><path d="M1.5 8h13M8 1.5c1.8 1.8 2.7 4 2.7 6.5S9.8 12.7 8 14.5C6.2 12.7 5.3 10.5 5.3 8S6.2 3.3 8 1.5z"/></symbol>
  <symbol id="pp-i-theme" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.5"/><path d="M8 1.5v13a6.5 6.5 0 0 0 0-13z" fill="currentColor"/></symbol>
  <symbol id="pp-i-user" viewBox="0 0 16 16"><circle cx="8" cy="5.5" r="2.8"/><path d="M2.5 14c.6-2.8 2.8-4.5 5.5-4.5s4.9 1.7 5.5 4.5"/></symbol>
  <symbol id="pp-i-signin" viewBox="0 0 16 16"><path d="M10 2.5h2.5a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H10M6.5 11l3-3-3-3M9.5 8H2"/></symbol>
  <symbol id="pp-i-signout" viewBox="0 0 16 16"><path d="M6 2.5H3.5a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1H6M10.5 11l3-3-3-3M13.5 8H6"/></symbol>
  <symbol id="pp-i-bell" viewBox="0 0 16 16"><path d="M4 11.5V7a4 4 0 0 1 8 0v4.5l1.3 1.5H2.7z"/><path d="M6.6 14.2a1.5 1.5 0 0 0 2.8 0"/></symbol>
  <symbol id="pp-i-alert" viewBox="0 0 16 16"><path d="M8 1.8l6.6 11.7H1.4z"/><path d="M8 6.3v3.3M8 11.5v.1"/></symbol>
</svg>
<a class="pp-skip" href="#pp-main">${fn:escapeXml(msg['nav.skip'])}</a>

<header class="pp-header" id="pp-header">
  <div class="pp-header-bar">
    <a class="pp-brand" href="${fn:escapeXml(page.homeUrl)}">
      <span class="pp-brand-mark" aria-hidden="true"></span>
      <span class="pp-brand-name">${fn:escapeXml(msg['portal.name'])}</span>
    </a>
    <c:if test="${empty page.userName and not empty page.loginUrl}">
      <a class="pp-header-button pp-signin" href="${fn:escapeXml(page.loginUrl)}"><svg class="pp-icon" aria-hidden="true" focusable="false"><use href="#pp-i-signin"/></svg><span>${fn:escapeXml(msg['user.signIn'])}</span></a>
    </c:if>
    <%-- The bell: the signed-in user's unread notifications (one count per page, none for guests), to their page. --%>
    <c:if test="${not empty page.userName}">
      <a class="pp-header-button pp-bell${page.unreadCount gt 0 ? ' pp-bell-unread' : ''}" href="${fn:escapeXml(page.notificationsUrl)}" title="${fn:escapeXml(msg['notifications.label'])}"><svg class="pp-icon" aria-hidden="true" focusable="false"><use href="#pp-i-bell"/></svg><span class="pp-bell-label">${fn:escapeXml(msg['notifications.label'])}</span><c:if test="${not empty page.unreadCount}"><span class="pp-bell-count" data-unread="${fn:escapeXml(page.unreadCount)}">${fn:escapeXml(page.unreadCount)}<span class="pp-bell-label"> ${fn:escapeXml(msg['notifications.unread'])}</span></span></c:if></a>
    </c:if>
    <button type="button" class="pp-header-button pp-nav-toggle" aria-expanded="false" aria-controls="pp-nav-panel" aria-label="${fn:escapeXml(msg['nav.menu'])}" title="${fn:escapeXml(msg['nav.menu'])}">
      <svg class="pp-icon pp-icon-open" aria-hidden="true" focusable="false"><use href="#pp-i-menu"/></svg>
      <svg class="pp-icon pp-icon-close" aria-hidden="true" focusable="false"><use href="#pp-i-close"/></svg>
    </button>
  </div>

  <div class="pp-nav-panel" id="pp-nav-panel">
    <%-- The words go to the search page as the search portlet's public render parameter; theme.js offers titles. --%>
    <form class="pp-search" method="get" action="${fn:escapeXml(page.searchUrl)}" role="search" data-pp-suggest="${fn:escapeXml(page.suggestionsUrl)}">
      <input class="pp-search-input" type="search" name="${fn:escapeXml(page.searchParameter)}" aria-label="${fn:escapeXml(msg['search.label'])}" placeholder="${fn:escapeXml(msg['search.placeholder'])}" maxlength="200" autocomplete="off" list="pp-search-suggestions">
      <datalist id="pp-search-suggestions"></datalist>
      <button type="submit" class="pp-search-submit">${fn:escapeXml(msg['search.submit'])}</button>
    </form>
    <p class="pp-user-name">
      <svg class="pp-icon" aria-hidden="true" focusable="false"><use href="#pp-i-user"/></svg>
      <span class="pp-user-name-text">${fn:escapeXml(empty page.userName ? msg['user.guest'] : page.userName)}</span>
    </p>
    <nav class="pp-nav" aria-label="${fn:escapeXml(msg['nav.menu'])}">
      <ul class="pp-nav-list">
        <c:forEach var="item" items="${page.navigation}">
          <li class="pp-nav-item${item.current ? ' pp-nav-current' : ''}">
            <a class="pp-nav-link" href="${fn:escapeXml(item.url)}"${item.current ? ' aria-current="page"' : ''}>${fn:escapeXml(item.title)}</a>
            <c:if test="${not empty item.children}">
              <ul class="pp-nav-sub">
                <c:forEach var="child" items="${item.children}">
                  <li class="pp-nav-item${child.current ? ' pp-nav-current' : ''}">
                    <a class="pp-nav-link" href="${fn:escapeXml(child.url)}"${child.current ? ' aria-current="page"' : ''}>${fn:escapeXml(child.title)}</a>
                    <c:if test="${not empty child.children}">
                      <ul class="pp-nav-sub">
                        <c:forEach var="grandchild" items="${child.children}">
                          <li class="pp-nav-item${grandchild.current ? ' pp-nav-current' : ''}">
                            <a class="pp-nav-link" href="${fn:escapeXml(grandchild.url)}"${grandchild.current ? ' aria-current="page"' : ''}>${fn:escapeXml(grandchild.title)}</a>
                          </li>
                        </c:forEach>
                      </ul>
                    </c:if>
                  </li>
                </c:forEach>
              </ul>
            </c:if>
          </li>
        </c:forEach>
      </ul>
    </nav>

    <div class="pp-switchers">
      <c:if test="${not empty page.locales}">
        <form class="pp-switcher pp-switcher-lang" method="post" action="${fn:escapeXml(page.localeSwitchUrl)}"><input type="hidden" name="_csrf" value="${fn:escapeXml(page.csrfToken)}"><input type="hidden" name="back" value="${fn:escapeXml(page.switchBack)}">
          <label class="pp-switcher-label" for="pp-lang-select"><svg class="pp-icon" aria-hidden="true" focusable="false"><use href="#pp-i-globe"/></svg><span>${fn:escapeXml(msg['language.label'])}</span></label>
          <div class="pp-switcher-row">
            <select class="pp-select" id="pp-lang-select" name="lang" data-pp-autosubmit>
              <c:forEach var="l" items="${page.locales}">
                <option value="${fn:escapeXml(l.tag)}" lang="${fn:escapeXml(l.tag)}"${l.selected ? ' selected' : ''}>${fn:escapeXml(l.label)}</option>
              </c:forEach>
            </select>
            <button type="submit" class="pp-switcher-apply">${fn:escapeXml(msg['switcher.apply'])}</button>
          </div>
        </form>
      </c:if>
      <c:if test="${not empty page.themes}">
        <form class="pp-switcher pp-switcher-theme" method="post" action="${fn:escapeXml(page.themeSwitchUrl)}"><input type="hidden" name="_csrf" value="${fn:escapeXml(page.csrfToken)}"><input type="hidden" name="back" value="${fn:escapeXml(page.switchBack)}">
          <label class="pp-switcher-label" for="pp-theme-select"><svg class="pp-icon" aria-hidden="true" focusable="false"><use href="#pp-i-theme"/></svg><span>${fn:escapeXml(msg['theme.label'])}</span></label>
          <div class="pp-switcher-row">
            <select class="pp-select" id="pp-theme-select" name="theme" data-pp-autosubmit>
              <c:forEach var="t" items="${page.themes}">
                <option value="${fn:escapeXml(t.name)}"${t.selected ? ' selected' : ''}>${fn:escapeXml(t.label)}</option>
              </c:forEach>
            </select>
            <button type="submit" class="pp-switcher-apply">${fn:escapeXml(msg['switcher.apply'])}</button>
          </div>
        </form>
      </c:if>
    </div>

    <c:if test="${not empty page.userName and not empty page.logoutUrl}">
      <form class="pp-signout-form" method="post" action="${fn:escapeXml(page.logoutUrl)}"><input type="hidden" name="_csrf" value="${fn:escapeXml(page.csrfToken)}"><button type="submit" class="pp-panel-signout"><svg class="pp-icon" aria-hidden="true" focusable="false"><use href="#pp-i-signout"/></svg><span>${fn:escapeXml(msg['user.signOut'])}</span></button></form>
    </c:if>
  </div>
</header>

<main class="pp-main" id="pp-main" tabindex="-1">
  <h1 class="pp-page-title">${fn:escapeXml(page.title)}</h1>
  <%@ include file="/themes/common/customise.jspf" %>

  <%-- A single column: a maximized window alone, otherwise every column's windows in column order. --%>
  <div class="pp-layout pp-layout-single${maximized ? ' pp-layout-maximized' : ''}" data-layout="${fn:escapeXml(page.layout)}">
    <div class="pp-column">
      <c:forEach var="col" items="${maximized ? ['maximized'] : page.columns}">
        <c:forEach var="w" items="${maximized ? [page.maximizedWindow] : col.windows}">
          <c:set var="wid" value="${fn:escapeXml(w.id)}"/>
          <section class="pp-window pp-state-${fn:escapeXml(w.state)} pp-mode-${fn:escapeXml(w.mode)}" id="pp-w-${wid}"
                   data-portlet-window="${wid}" data-portlet-name="${fn:escapeXml(w.portletName)}" aria-labelledby="pp-w-${wid}-title">
            <div class="pp-window-bar">
              <h2 class="pp-window-title" id="pp-w-${wid}-title">${fn:escapeXml(empty w.title ? w.portletName : w.title)}</h2>
              <%@ include file="/themes/common/arrange.jspf" %>
              <c:if test="${not empty w.controls}">
                <ul class="pp-window-controls">
                  <c:forEach var="ctl" items="${w.controls}">
                    <c:set var="icon" value="${ctl.kind == 'mode-view' ? 'view'
                        : ctl.kind == 'mode-edit' ? 'edit'
                        : ctl.kind == 'mode-help' ? 'help'
                        : ctl.kind == 'state-normal' ? 'normal'
                        : ctl.kind == 'state-minimized' ? 'minimized'
                        : ctl.kind == 'state-maximized' ? 'maximized' : ''}"/>
                    <li>
                      <a class="pp-control pp-control-${fn:escapeXml(ctl.kind)}${ctl.active ? ' pp-control-active' : ''}${empty icon ? ' pp-control-text' : ''}"
                         href="${fn:escapeXml(ctl.url)}" title="${fn:escapeXml(ctl.label)}" aria-label="${fn:escapeXml(ctl.label)}"
                         aria-describedby="pp-w-${wid}-title"${ctl.active ? ' aria-current="true"' : ''}>
                        <c:choose>
                          <c:when test="${not empty icon}"><svg class="pp-icon" aria-hidden="true" focusable="false"><use href="#pp-i-${icon}"/></svg></c:when>
                          <c:otherwise><span aria-hidden="true">${fn:escapeXml(ctl.label)}</span></c:otherwise>
                        </c:choose>
                      </a>
                    </li>
                  </c:forEach>
                </ul>
              </c:if>
            </div>
            <c:if test="${w.state != 'minimized'}">
              <div class="pp-window-body">
                <c:choose>
                  <c:when test="${not empty w.error}">
                    <div class="pp-error" role="alert"><svg class="pp-icon" aria-hidden="true" focusable="false"><use href="#pp-i-alert"/></svg><p>${fn:escapeXml(w.error)}</p></div>
                  </c:when>
                  <c:otherwise>${w.markup}</c:otherwise>
                </c:choose>
              </div>
            </c:if>
          </section>
        </c:forEach>
      </c:forEach>
    </div>
  </div>
</main>

<footer class="pp-footer">
  <p class="pp-footer-text">${fn:escapeXml(msg['footer.text'])}</p>
</footer>
</body>
</html>
