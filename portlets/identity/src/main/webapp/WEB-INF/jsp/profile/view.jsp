<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<c:set var="ns"><portlet:namespace/></c:set>
<%-- Everything that comes from the directory was typed by someone: c:out. Passwords are never written back. --%>
<div class="park-profile">
  <%@ include file="../notice.jspf" %>
  <c:if test="${not empty person}">
    <dl class="park-profile__entry">
      <dt><fmt:message key="field.name"/></dt><dd class="park-profile__name"><c:out value="${person.displayName()}"/></dd>
      <dt><fmt:message key="field.mail"/></dt><dd class="park-profile__mail"><c:out value="${person.mail()}"/></dd>
      <dt><fmt:message key="field.uid"/></dt><dd class="park-profile__uid"><c:out value="${person.uid()}"/></dd>
      <dt><fmt:message key="field.company"/></dt>
      <dd class="park-profile__company">
        <c:choose>
          <c:when test="${not empty company}"><c:out value="${company}"/></c:when>
          <c:otherwise><fmt:message key="company.none"/></c:otherwise>
        </c:choose>
      </dd>
    </dl>

    <portlet:actionURL name="language" var="languageUrl"/>
    <form class="park-profile__language" method="post" action="${languageUrl}">
      <label for="${ns}lang"><fmt:message key="language.label"/></label>
      <select id="${ns}lang" name="lang">
        <c:forEach var="l" items="${languages}">
          <option value="${l.tag}" lang="${l.tag}" ${l.tag == language ? 'selected' : ''}><c:out value="${l.autonym}"/></option>
        </c:forEach>
      </select>
      <button type="submit"><fmt:message key="language.save"/></button>
    </form>

    <portlet:actionURL name="theme" var="themeUrl"/>
    <form class="park-profile__theme" method="post" action="${themeUrl}">
      <label for="${ns}theme"><fmt:message key="theme.label"/></label>
      <select id="${ns}theme" name="theme">
        <c:forEach var="t" items="${themes}">
          <option value="${t}" ${t == theme ? 'selected' : ''}><fmt:message key="theme.${t}"/></option>
        </c:forEach>
      </select>
      <button type="submit"><fmt:message key="theme.save"/></button>
    </form>

    <portlet:actionURL name="password" var="passwordUrl"/>
    <form class="park-profile__password" method="post" action="${passwordUrl}" autocomplete="off">
      <h4><fmt:message key="password.heading"/></h4>
      <p>
        <label for="${ns}current"><fmt:message key="password.current"/></label>
        <input type="password" id="${ns}current" name="current" required autocomplete="current-password">
      </p>
      <p>
        <label for="${ns}replacement"><fmt:message key="password.new"/></label>
        <input type="password" id="${ns}replacement" name="replacement" required minlength="10" maxlength="128"
               autocomplete="new-password" aria-describedby="${ns}rule">
      </p>
      <p>
        <label for="${ns}repeat"><fmt:message key="password.repeat"/></label>
        <input type="password" id="${ns}repeat" name="repeat" required autocomplete="new-password">
      </p>
      <p id="${ns}rule" class="park-profile__rule"><fmt:message key="password.rule"/></p>
      <button type="submit"><fmt:message key="password.save"/></button>
    </form>

    <section class="park-profile__groups" aria-labelledby="${ns}groups">
      <h4 id="${ns}groups"><fmt:message key="membership.heading"/></h4>
      <c:if test="${not empty requestableGroups}">
        <portlet:actionURL name="membership" var="membershipUrl"/>
        <form class="park-profile__membership" method="post" action="${membershipUrl}">
          <p><fmt:message key="membership.intro"/></p>
          <label for="${ns}group"><fmt:message key="membership.group"/></label>
          <select id="${ns}group" name="group">
            <c:forEach var="g" items="${requestableGroups}"><option value="<c:out value='${g}'/>"><c:out value="${g}"/></option></c:forEach>
          </select>
          <label for="${ns}reason"><fmt:message key="membership.reason"/></label>
          <input type="text" id="${ns}reason" name="reason" maxlength="150">
          <button type="submit"><fmt:message key="membership.request"/></button>
        </form>
      </c:if>
      <c:choose>
        <c:when test="${empty membershipRequests}"><p class="park-profile__no-requests"><fmt:message key="membership.none"/></p></c:when>
        <c:otherwise>
          <table class="park-profile__requests">
            <caption><fmt:message key="membership.mine"/></caption>
            <thead><tr><th scope="col"><fmt:message key="membership.group"/></th><th scope="col"><fmt:message key="membership.status"/></th>
              <th scope="col"><fmt:message key="membership.requested.on"/></th><th scope="col"><fmt:message key="membership.decidedBy"/></th></tr></thead>
            <tbody>
              <c:forEach var="r" items="${membershipRequests}">
                <tr data-group="<c:out value='${r.group()}'/>" data-status="${r.status()}">
                  <td><c:out value="${r.group()}"/></td><td><c:out value="${r.statusText()}"/></td>
                  <td><fmt:formatDate value="${r.requested()}" type="both" dateStyle="medium" timeStyle="short"/></td>
                  <td><c:out value="${r.decidedBy()}"/></td>
                </tr>
              </c:forEach>
            </tbody>
          </table>
          <p><fmt:message key="membership.nextSignIn"/></p>
        </c:otherwise>
      </c:choose>
    </section>
  </c:if>
</div>
