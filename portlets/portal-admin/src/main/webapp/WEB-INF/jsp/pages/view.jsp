<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<c:set var="ns"><portlet:namespace/></c:set>
<%-- Titles, names and paths were typed by administrators: always c:out. Action URLs copy the render parameters,
     so the chosen page stays chosen after a change. --%>
<div class="park-admin-pages">
  <%@ include file="../notice.jspf" %>

  <section class="park-admin-pages__tree">
    <h4><fmt:message key="tree.heading"/></h4>
    <ul class="park-admin-pages__list">
      <c:forEach var="row" items="${rows}">
        <c:set var="p" value="${row.page()}"/>
        <li class="park-admin-pages__page" data-page="<c:out value='${p.path()}'/>" style="margin-left:${row.depth() * 1.5}em">
          <portlet:renderURL var="chooseUrl"><portlet:param name="page" value="${p.path()}"/></portlet:renderURL>
          <a class="park-admin-pages__choose" href="${chooseUrl}"><c:out value="${row.title()}"/></a>
          <code class="park-admin-pages__path">/<c:out value="${p.path()}"/></code>
          <span class="park-admin-pages__layout"><c:out value="${p.layout()}"/></span>
          <span class="park-admin-pages__theme"><c:out value="${p.theme()}"/></span>
          <c:if test="${p.hidden()}"><span class="park-admin-pages__hidden"><fmt:message key="page.hidden"/></span></c:if>
          <c:if test="${not empty p.windows()}">
            <ul class="park-admin-pages__windows">
              <c:forEach var="w" items="${p.windows()}">
                <li data-window="<c:out value='${w.id()}'/>"><c:out value="${w.id()}"/> (<c:out value="${w.portlet()}"/>,
                  <fmt:message key="window.column"/> <c:out value="${w.column()}"/>)<c:if test="${w.locked()}">
                  <span class="park-admin-pages__locked"><fmt:message key="window.isLocked"/></span></c:if></li>
              </c:forEach>
            </ul>
          </c:if>
        </li>
      </c:forEach>
    </ul>
  </section>

  <section class="park-admin-pages__new">
    <h4><fmt:message key="create.heading"/></h4>
    <portlet:actionURL name="create" var="createUrl" copyCurrentRenderParameters="true"/>
    <form class="park-admin-pages__create" method="post" action="${createUrl}">
      <input type="hidden" name="language" value="<c:out value='${language}'/>">
      <p>
        <label for="${ns}parent"><fmt:message key="field.parent"/></label>
        <select id="${ns}parent" name="parent">
          <option value=""><fmt:message key="field.topLevel"/></option>
          <c:forEach var="row" items="${rows}">
            <option value="<c:out value='${row.path()}'/>" ${row.path() == selected.path() ? 'selected' : ''}><c:out value="${row.path()}"/></option>
          </c:forEach>
        </select>
      </p>
      <p>
        <label for="${ns}name"><fmt:message key="field.name"/></label>
        <input type="text" id="${ns}name" name="name" maxlength="60" required pattern="[a-z0-9][a-z0-9-]*">
      </p>
      <p>
        <label for="${ns}titleEn"><fmt:message key="field.titleEn"/></label>
        <input type="text" id="${ns}titleEn" name="titleEn" maxlength="200" required>
      </p>
      <c:if test="${language != 'en'}">
        <p>
          <label for="${ns}title"><fmt:message key="field.titleOwn"/></label>
          <input type="text" id="${ns}title" name="title" maxlength="200" lang="<c:out value='${language}'/>">
        </p>
      </c:if>
      <p>
        <label for="${ns}layout"><fmt:message key="field.layout"/></label>
        <select id="${ns}layout" name="layout">
          <c:forEach var="l" items="${layouts}"><option value="${l}"><fmt:message key="layout.${l}"/></option></c:forEach>
        </select>
        <label for="${ns}theme"><fmt:message key="field.theme"/></label>
        <select id="${ns}theme" name="theme">
          <c:forEach var="t" items="${themes}"><option value="${t}"><fmt:message key="theme.${t}"/></option></c:forEach>
        </select>
      </p>
      <button type="submit"><fmt:message key="create.submit"/></button>
    </form>
  </section>

  <c:if test="${selected != null}">
    <c:set var="p" value="${selected.page()}"/>
    <section class="park-admin-pages__edit" data-page="<c:out value='${p.path()}'/>">
      <h4><fmt:message key="edit.heading"><fmt:param><c:out value="${p.path()}"/></fmt:param></fmt:message></h4>

      <portlet:actionURL name="retitle" var="retitleUrl" copyCurrentRenderParameters="true"/>
      <form class="park-admin-pages__retitle" method="post" action="${retitleUrl}">
        <input type="hidden" name="path" value="<c:out value='${p.path()}'/>">
        <input type="hidden" name="language" value="<c:out value='${language}'/>">
        <label for="${ns}retitleEn"><fmt:message key="field.titleEn"/></label>
        <input type="text" id="${ns}retitleEn" name="titleEn" maxlength="200" required value="<c:out value='${p.titles()["en"]}'/>">
        <c:if test="${language != 'en'}">
          <label for="${ns}retitleOwn"><fmt:message key="field.titleOwn"/></label>
          <input type="text" id="${ns}retitleOwn" name="title" maxlength="200" lang="<c:out value='${language}'/>"
                 value="<c:out value='${p.titles()[language]}'/>">
        </c:if>
        <button type="submit"><fmt:message key="retitle.submit"/></button>
      </form>

      <portlet:actionURL name="move" var="moveUrl" copyCurrentRenderParameters="true"/>
      <form class="park-admin-pages__move" method="post" action="${moveUrl}">
        <input type="hidden" name="path" value="<c:out value='${p.path()}'/>">
        <input type="hidden" name="index" value="${selected.index()}">
        <button type="submit" name="direction" value="up" ${selected.index() == 0 ? 'disabled' : ''}><fmt:message key="move.up"/></button>
        <button type="submit" name="direction" value="down" ${selected.last() ? 'disabled' : ''}><fmt:message key="move.down"/></button>
        <label for="${ns}moveParent"><fmt:message key="field.parent"/></label>
        <select id="${ns}moveParent" name="parent">
          <option value=""><fmt:message key="field.topLevel"/></option>
          <c:forEach var="target" items="${parents}">
            <option value="<c:out value='${target}'/>" ${target == p.parent() ? 'selected' : ''}><c:out value="${target}"/></option>
          </c:forEach>
        </select>
        <button type="submit" name="direction" value="parent"><fmt:message key="move.parent"/></button>
      </form>

      <portlet:actionURL name="settings" var="settingsUrl" copyCurrentRenderParameters="true"/>
      <form class="park-admin-pages__settings" method="post" action="${settingsUrl}">
        <input type="hidden" name="path" value="<c:out value='${p.path()}'/>">
        <label for="${ns}setLayout"><fmt:message key="field.layout"/></label>
        <select id="${ns}setLayout" name="layout">
          <c:forEach var="l" items="${layouts}"><option value="${l}" ${l == p.layout() ? 'selected' : ''}><fmt:message key="layout.${l}"/></option></c:forEach>
        </select>
        <label for="${ns}setTheme"><fmt:message key="field.theme"/></label>
        <select id="${ns}setTheme" name="theme">
          <c:forEach var="t" items="${themes}"><option value="${t}" ${t == p.theme() ? 'selected' : ''}><fmt:message key="theme.${t}"/></option></c:forEach>
        </select>
        <label><input type="checkbox" name="hidden" value="true" ${p.hidden() ? 'checked' : ''}> <fmt:message key="field.hidden"/></label>
        <button type="submit"><fmt:message key="settings.submit"/></button>
      </form>

      <h5><fmt:message key="windows.heading"/></h5>
      <table class="park-admin-pages__window-table">
        <thead><tr>
          <th scope="col"><fmt:message key="window.id"/></th>
          <th scope="col"><fmt:message key="window.portlet"/></th>
          <th scope="col"><fmt:message key="window.place"/></th>
          <th scope="col"><fmt:message key="window.lock"/></th>
          <th scope="col"><fmt:message key="window.remove"/></th>
        </tr></thead>
        <tbody>
          <c:forEach var="w" items="${p.windows()}">
            <tr data-window="<c:out value='${w.id()}'/>">
              <td><c:out value="${w.id()}"/></td>
              <td><c:out value="${w.portlet()}"/></td>
              <td>
                <portlet:actionURL name="moveWindow" var="moveWindowUrl" copyCurrentRenderParameters="true"/>
                <form class="park-admin-pages__move-window" method="post" action="${moveWindowUrl}">
                  <input type="hidden" name="window" value="<c:out value='${w.id()}'/>">
                  <label><fmt:message key="window.column"/>
                    <select name="column">
                      <c:forEach var="c" begin="0" end="${columns - 1}"><option value="${c}" ${c == w.column() ? 'selected' : ''}>${c}</option></c:forEach>
                    </select></label>
                  <label><fmt:message key="window.position"/>
                    <input type="number" name="position" min="0" max="99" value="${w.position()}"></label>
                  <button type="submit"><fmt:message key="window.move"/></button>
                </form>
              </td>
              <td>
                <portlet:actionURL name="lockWindow" var="lockUrl" copyCurrentRenderParameters="true"/>
                <form class="park-admin-pages__lock" method="post" action="${lockUrl}">
                  <input type="hidden" name="window" value="<c:out value='${w.id()}'/>">
                  <input type="hidden" name="locked" value="${not w.locked()}">
                  <button type="submit"><fmt:message key="${w.locked() ? 'window.unlockIt' : 'window.lockIt'}"/></button>
                </form>
              </td>
              <td>
                <portlet:actionURL name="removeWindow" var="removeUrl" copyCurrentRenderParameters="true"/>
                <form class="park-admin-pages__remove-window" method="post" action="${removeUrl}">
                  <input type="hidden" name="window" value="<c:out value='${w.id()}'/>">
                  <button type="submit"><fmt:message key="window.remove"/></button>
                </form>
              </td>
            </tr>
          </c:forEach>
        </tbody>
      </table>

      <portlet:actionURL name="addWindow" var="addUrl" copyCurrentRenderParameters="true"/>
      <form class="park-admin-pages__add-window" method="post" action="${addUrl}">
        <input type="hidden" name="path" value="<c:out value='${p.path()}'/>">
        <label for="${ns}portlet"><fmt:message key="window.portlet"/></label>
        <c:choose>
          <c:when test="${not empty portlets}">
            <select id="${ns}portlet" name="portlet">
              <c:forEach var="name" items="${portlets}"><option value="<c:out value='${name}'/>"><c:out value="${name}"/></option></c:forEach>
            </select>
          </c:when>
          <c:otherwise><input type="text" id="${ns}portlet" name="portlet" required placeholder="application/portlet"></c:otherwise>
        </c:choose>
        <label for="${ns}column"><fmt:message key="window.column"/></label>
        <select id="${ns}column" name="column">
          <c:forEach var="c" begin="0" end="${columns - 1}"><option value="${c}">${c}</option></c:forEach>
        </select>
        <button type="submit"><fmt:message key="window.add"/></button>
      </form>

      <c:choose>
        <c:when test="${confirmDelete}">
          <portlet:actionURL name="delete" var="deleteUrl" copyCurrentRenderParameters="true"/>
          <form class="park-admin-pages__delete" method="post" action="${deleteUrl}" role="alert">
            <input type="hidden" name="path" value="<c:out value='${p.path()}'/>">
            <p><fmt:message key="delete.confirm"><fmt:param><c:out value="${p.path()}"/></fmt:param></fmt:message></p>
            <button type="submit"><fmt:message key="delete.submit"/></button>
            <portlet:renderURL var="cancelUrl"><portlet:param name="page" value="${p.path()}"/></portlet:renderURL>
            <a href="${cancelUrl}"><fmt:message key="delete.cancel"/></a>
          </form>
        </c:when>
        <c:otherwise>
          <portlet:renderURL var="askUrl"><portlet:param name="page" value="${p.path()}"/><portlet:param name="confirm" value="${p.path()}"/></portlet:renderURL>
          <p><a class="park-admin-pages__ask-delete" href="${askUrl}"><fmt:message key="delete.ask"/></a></p>
        </c:otherwise>
      </c:choose>
    </section>
  </c:if>
</div>
