<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<c:set var="ns"><portlet:namespace/></c:set>
<%-- Paths, window ids, titles and grantee names were typed by administrators: always c:out. --%>
<div class="park-admin-grants">
  <%@ include file="../notice.jspf" %>

  <portlet:actionURL name="choose" var="chooseUrl" copyCurrentRenderParameters="true"/>
  <form class="park-admin-grants__choose" method="post" action="${chooseUrl}">
    <label for="${ns}target"><fmt:message key="target.label"/></label>
    <select id="${ns}target" name="target">
      <optgroup label="<fmt:message key='target.pages'/>">
        <c:forEach var="o" items="${pageChoices}">
          <option value="<c:out value='${o.value()}'/>" ${o.value() == target ? 'selected' : ''}><c:out value="${o.label()}"/></option>
        </c:forEach>
      </optgroup>
      <optgroup label="<fmt:message key='target.windows'/>">
        <c:forEach var="o" items="${windowChoices}">
          <option value="<c:out value='${o.value()}'/>" ${o.value() == target ? 'selected' : ''}><c:out value="${o.label()}"/></option>
        </c:forEach>
      </optgroup>
      <optgroup label="<fmt:message key='target.portlets'/>">
        <c:forEach var="o" items="${portletChoices}">
          <option value="<c:out value='${o.value()}'/>" ${o.value() == target ? 'selected' : ''}><c:out value="${o.label()}"/></option>
        </c:forEach>
      </optgroup>
    </select>
    <button type="submit"><fmt:message key="target.submit"/></button>
  </form>

  <c:if test="${target != null}">
    <section class="park-admin-grants__target" data-target="<c:out value='${target}'/>">
      <h4><fmt:message key="grants.heading"><fmt:param><c:out value="${target}"/></fmt:param></fmt:message></h4>
      <p class="park-admin-grants__rule"><fmt:message key="rule.${targetKind}"/></p>
      <c:if test="${noGrants}"><p class="park-admin-grants__none"><fmt:message key="grants.none"/></p></c:if>
      <table class="park-admin-grants__table">
        <thead><tr>
          <th scope="col"><fmt:message key="grants.action"/></th>
          <th scope="col"><fmt:message key="grants.grantees"/></th>
        </tr></thead>
        <tbody>
          <c:forEach var="a" items="${byAction}">
            <tr data-action="${a.action()}">
              <th scope="row"><fmt:message key="action.${a.action()}"/></th>
              <td>
                <ul class="park-admin-grants__grantees">
                  <c:forEach var="g" items="${a.grantees()}">
                    <li data-grantee="<c:out value='${g}'/>"><c:out value="${g}"/>
                      <portlet:actionURL name="remove" var="removeUrl" copyCurrentRenderParameters="true"/>
                      <form class="park-admin-grants__remove" method="post" action="${removeUrl}">
                        <input type="hidden" name="target" value="<c:out value='${target}'/>">
                        <input type="hidden" name="action" value="${a.action()}">
                        <input type="hidden" name="grantee" value="<c:out value='${g}'/>">
                        <button type="submit"><fmt:message key="grantee.remove"/></button>
                      </form>
                    </li>
                  </c:forEach>
                </ul>
              </td>
            </tr>
          </c:forEach>
        </tbody>
      </table>

      <portlet:actionURL name="add" var="addUrl" copyCurrentRenderParameters="true"/>
      <form class="park-admin-grants__add" method="post" action="${addUrl}">
        <input type="hidden" name="target" value="<c:out value='${target}'/>">
        <label for="${ns}action"><fmt:message key="grants.action"/></label>
        <select id="${ns}action" name="action">
          <c:forEach var="a" items="${byAction}"><option value="${a.action()}"><fmt:message key="action.${a.action()}"/></option></c:forEach>
        </select>
        <label for="${ns}kind"><fmt:message key="grantee.kind"/></label>
        <select id="${ns}kind" name="kind">
          <option value="group"><fmt:message key="kind.group"/></option>
          <option value="user"><fmt:message key="kind.user"/></option>
          <option value="authenticated"><fmt:message key="kind.authenticated"/></option>
          <option value="all-users"><fmt:message key="kind.all-users"/></option>
        </select>
        <label for="${ns}name"><fmt:message key="grantee.name"/></label>
        <input type="text" id="${ns}name" name="name" maxlength="100">
        <button type="submit"><fmt:message key="grantee.add"/></button>
      </form>
    </section>
  </c:if>
</div>
