<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<c:set var="ns"><portlet:namespace/></c:set>
<%-- Names, mail addresses, descriptions and search texts were typed by people: always c:out.
     Action URLs copy the render parameters, so the search results stay on the page after a change. --%>
<div class="park-directory">
  <%@ include file="../notice.jspf" %>

  <section class="park-directory__people">
    <h4><fmt:message key="people.heading"/></h4>
    <portlet:actionURL name="searchPeople" var="searchPeopleUrl" copyCurrentRenderParameters="true"/>
    <form class="park-directory__search-people" method="post" action="${searchPeopleUrl}" role="search">
      <label for="${ns}peopleText"><fmt:message key="people.search"/></label>
      <input type="search" id="${ns}peopleText" name="text" maxlength="100" value="<c:out value='${peopleText}'/>">
      <button type="submit"><fmt:message key="search"/></button>
    </form>
    <c:if test="${people != null}">
      <c:choose>
        <c:when test="${empty people}"><p class="park-directory__none"><fmt:message key="people.none"/></p></c:when>
        <c:otherwise>
          <table class="park-directory__people-table">
            <thead><tr>
              <th scope="col"><fmt:message key="field.uid"/></th>
              <th scope="col"><fmt:message key="field.name"/></th>
              <th scope="col"><fmt:message key="field.mail"/></th>
              <th scope="col"><fmt:message key="field.tenant"/></th>
              <th scope="col"><fmt:message key="field.disabled"/></th>
              <th scope="col"><fmt:message key="account"/></th>
            </tr></thead>
            <tbody>
              <c:forEach var="p" items="${people}">
                <tr data-uid="<c:out value='${p.uid()}'/>">
                  <td class="park-directory__uid"><c:out value="${p.uid()}"/></td>
                  <td><c:out value="${p.displayName()}"/></td>
                  <td><c:out value="${p.mail()}"/></td>
                  <td><c:out value="${p.tenant()}"/></td>
                  <td class="park-directory__disabled"><fmt:message key="${p.disabled() ? 'yes' : 'no'}"/></td>
                  <td>
                    <portlet:actionURL name="account" var="accountUrl" copyCurrentRenderParameters="true"/>
                    <form class="park-directory__account" method="post" action="${accountUrl}">
                      <input type="hidden" name="uid" value="<c:out value='${p.uid()}'/>">
                      <input type="hidden" name="disabled" value="${not p.disabled()}">
                      <button type="submit"><fmt:message key="${p.disabled() ? 'account.enable' : 'account.disable'}"/></button>
                    </form>
                  </td>
                </tr>
              </c:forEach>
            </tbody>
          </table>
        </c:otherwise>
      </c:choose>
    </c:if>
  </section>

  <section class="park-directory__groups">
    <h4><fmt:message key="groups.heading"/></h4>
    <portlet:actionURL name="searchGroups" var="searchGroupsUrl" copyCurrentRenderParameters="true"/>
    <form class="park-directory__search-groups" method="post" action="${searchGroupsUrl}" role="search">
      <label for="${ns}groupsText"><fmt:message key="groups.search"/></label>
      <input type="search" id="${ns}groupsText" name="text" maxlength="100" value="<c:out value='${groupsText}'/>">
      <button type="submit"><fmt:message key="search"/></button>
    </form>
    <c:if test="${groups != null}">
      <c:choose>
        <c:when test="${empty groups}"><p class="park-directory__none"><fmt:message key="groups.none"/></p></c:when>
        <c:otherwise>
          <table class="park-directory__groups-table">
            <thead><tr>
              <th scope="col"><fmt:message key="group.name"/></th>
              <th scope="col"><fmt:message key="group.description"/></th>
              <th scope="col"><fmt:message key="group.members"/></th>
            </tr></thead>
            <tbody>
              <c:forEach var="g" items="${groups}">
                <tr data-group="<c:out value='${g.name()}'/>">
                  <td><c:out value="${g.name()}"/></td>
                  <td><c:out value="${g.description()}"/></td>
                  <td class="park-directory__count"><c:out value="${g.members().size()}"/></td>
                </tr>
              </c:forEach>
            </tbody>
          </table>
        </c:otherwise>
      </c:choose>
    </c:if>

    <portlet:actionURL name="membership" var="membershipUrl" copyCurrentRenderParameters="true"/>
    <form class="park-directory__membership" method="post" action="${membershipUrl}">
      <label for="${ns}memberUid"><fmt:message key="field.uid"/></label>
      <input type="text" id="${ns}memberUid" name="uid" maxlength="32" required>
      <label for="${ns}memberGroup"><fmt:message key="group.name"/></label>
      <select id="${ns}memberGroup" name="group">
        <c:forEach var="g" items="${allGroups}">
          <option value="<c:out value='${g.name()}'/>"><c:out value="${g.name()}"/></option>
        </c:forEach>
      </select>
      <button type="submit" name="change" value="add"><fmt:message key="member.add"/></button>
      <button type="submit" name="change" value="remove"><fmt:message key="member.remove"/></button>
    </form>
  </section>

  <section class="park-directory__new">
    <h4><fmt:message key="person.heading"/></h4>
    <portlet:actionURL name="createPerson" var="createUrl" copyCurrentRenderParameters="true"/>
    <c:set var="bad" value="${draft.problem()}"/>
    <form class="park-directory__create" method="post" action="${createUrl}" autocomplete="off">
      <p>
        <label for="${ns}uid"><fmt:message key="field.uid"/></label>
        <input type="text" id="${ns}uid" name="uid" maxlength="32" required value="<c:out value='${draft.uid()}'/>"
               <c:if test="${bad == 'uid'}">aria-invalid="true"</c:if>>
      </p>
      <p>
        <label for="${ns}givenName"><fmt:message key="field.givenName"/></label>
        <input type="text" id="${ns}givenName" name="givenName" maxlength="64" required
               value="<c:out value='${draft.givenName()}'/>" <c:if test="${bad == 'name'}">aria-invalid="true"</c:if>>
      </p>
      <p>
        <label for="${ns}surname"><fmt:message key="field.surname"/></label>
        <input type="text" id="${ns}surname" name="surname" maxlength="64" required
               value="<c:out value='${draft.surname()}'/>" <c:if test="${bad == 'name'}">aria-invalid="true"</c:if>>
      </p>
      <p>
        <label for="${ns}mail"><fmt:message key="field.mail"/></label>
        <input type="email" id="${ns}mail" name="mail" maxlength="254" value="<c:out value='${draft.mail()}'/>"
               <c:if test="${bad == 'mail'}">aria-invalid="true"</c:if>>
      </p>
      <p>
        <label for="${ns}tenant"><fmt:message key="field.tenant"/></label>
        <select id="${ns}tenant" name="tenant" <c:if test="${bad == 'tenant'}">aria-invalid="true"</c:if>>
          <c:forEach var="t" items="${tenants}">
            <option value="<c:out value='${t.key()}'/>" ${t.key() == draft.tenant() ? 'selected' : ''}><c:out value="${t.name()}"/></option>
          </c:forEach>
        </select>
      </p>
      <p>
        <label for="${ns}language"><fmt:message key="field.language"/></label>
        <select id="${ns}language" name="language">
          <c:forEach var="l" items="${languages}">
            <option value="${l.tag}" lang="${l.tag}" ${l.tag == draft.language() ? 'selected' : ''}><c:out value="${l.autonym}"/></option>
          </c:forEach>
        </select>
      </p>
      <p>
        <label for="${ns}password"><fmt:message key="field.password"/></label>
        <input type="password" id="${ns}password" name="password" required minlength="10" maxlength="128"
               autocomplete="new-password" <c:if test="${bad == 'password'}">aria-invalid="true"</c:if>>
      </p>
      <button type="submit"><fmt:message key="person.create"/></button>
    </form>
  </section>
</div>
