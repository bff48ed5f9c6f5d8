<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- One row per company: held now / limit ("no limit" when none), then its form. A refused form shows what was typed
     (notice.values); the others what is set. Company names come from the directory: escaped. --%>
<div class="park-cloud park-cloud--limits">
<%@ include file="notice.jspf" %>
<c:choose>
  <c:when test="${not empty refused}">
    <p class="portlet-msg-error park-cloud__refused" role="alert" data-refused="${fn:escapeXml(refused)}"><fmt:message key="${refused}"/></p>
  </c:when>
  <c:otherwise>
    <fmt:message key="limits.none" var="none"/>
    <table class="park-cloud__tenant-limits">
      <caption><fmt:message key="limits.caption"/></caption>
      <thead><tr>
        <th scope="col"><fmt:message key="column.tenant"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="column.vms"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="column.vcpus"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="column.ramMib"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="column.storageGb"/></th>
        <th scope="col"><fmt:message key="column.approval"/></th>
      </tr></thead>
      <tbody>
        <c:forEach var="t" items="${tenants}">
          <tr data-tenant="${fn:escapeXml(t.tenant())}">
            <th scope="row"><c:out value="${t.name()}"/></th>
            <td class="park-cloud__num" data-figure="vms" data-held="${t.held().vms()}" data-limit="${t.maxVms()}"><fmt:formatNumber value="${t.held().vms()}"/> / <c:choose><c:when test="${empty t.maxVms()}">${none}</c:when><c:otherwise><fmt:formatNumber value="${t.maxVms()}"/></c:otherwise></c:choose></td>
            <td class="park-cloud__num" data-figure="vcpus" data-held="${t.held().vcpus()}" data-limit="${t.maxVcpus()}"><fmt:formatNumber value="${t.held().vcpus()}"/> / <c:choose><c:when test="${empty t.maxVcpus()}">${none}</c:when><c:otherwise><fmt:formatNumber value="${t.maxVcpus()}"/></c:otherwise></c:choose></td>
            <td class="park-cloud__num" data-figure="ramMib" data-held="${t.held().ramMib()}" data-limit="${t.maxRamMib()}"><fmt:formatNumber value="${t.held().ramMib()}"/> / <c:choose><c:when test="${empty t.maxRamMib()}">${none}</c:when><c:otherwise><fmt:formatNumber value="${t.maxRamMib()}"/></c:otherwise></c:choose></td>
            <td class="park-cloud__num" data-figure="storageGb" data-held="${t.held().storageGb()}" data-limit="${t.maxStorageGb()}"><fmt:formatNumber value="${t.held().storageGb()}"/> / <c:choose><c:when test="${empty t.maxStorageGb()}">${none}</c:when><c:otherwise><fmt:formatNumber value="${t.maxStorageGb()}"/></c:otherwise></c:choose></td>
            <td data-figure="approval" data-limit="${t.autoApproveBelow()}"><c:choose>
              <c:when test="${t.unlimited()}"><fmt:message key="limits.unlimited"/></c:when>
              <c:when test="${empty t.autoApproveBelow()}"><fmt:message key="approval.manager"/></c:when>
              <c:otherwise><fmt:message key="approval.below"><fmt:param><fmt:formatNumber value="${t.autoApproveBelow()}" minFractionDigits="2" maxFractionDigits="4"/></fmt:param><fmt:param><c:out value="${t.currency()}"/></fmt:param></fmt:message></c:otherwise>
            </c:choose></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>

    <c:forEach var="t" items="${tenants}">
      <c:set var="refusedHere" value="${notice.form eq 'limits-'.concat(t.tenant())}"/>
      <c:set var="v" value="${refusedHere ? notice.values : null}"/>
      <form class="park-cloud__limits-form" method="post" action="<portlet:actionURL name='changeLimits'/>"
            data-tenant="${fn:escapeXml(t.tenant())}">
        <fieldset><legend><fmt:message key="limits.legend"><fmt:param><c:out value="${t.name()}"/></fmt:param></fmt:message></legend>
          <input type="hidden" name="tenant" value="${fn:escapeXml(t.tenant())}">
          <input type="hidden" name="tenantName" value="${fn:escapeXml(t.name())}">
          <input type="hidden" name="currency" value="${fn:escapeXml(currency)}">
          <label><fmt:message key="column.vms"/><input type="text" name="maxVms" inputmode="numeric" size="6" value="${fn:escapeXml(refusedHere ? v.maxVms : t.maxVms())}"></label>
          <label><fmt:message key="column.vcpus"/><input type="text" name="maxVcpus" inputmode="numeric" size="6" value="${fn:escapeXml(refusedHere ? v.maxVcpus : t.maxVcpus())}"></label>
          <label><fmt:message key="column.ramMib"/><input type="text" name="maxRamMib" inputmode="numeric" size="9" value="${fn:escapeXml(refusedHere ? v.maxRamMib : t.maxRamMib())}"></label>
          <label><fmt:message key="column.storageGb"/><input type="text" name="maxStorageGb" inputmode="numeric" size="7" value="${fn:escapeXml(refusedHere ? v.maxStorageGb : t.maxStorageGb())}"></label>
          <label><fmt:message key="field.autoApproveBelow"><fmt:param><c:out value="${currency}"/></fmt:param></fmt:message><input type="text" name="autoApproveBelow" inputmode="decimal" size="8" value="${fn:escapeXml(refusedHere ? v.autoApproveBelow : (empty t.autoApproveBelow() ? '' : t.autoApproveBelow().stripTrailingZeros().toPlainString()))}"></label>
          <button type="submit"><fmt:message key="limits.save"/></button>
        </fieldset>
        <p class="park-cloud__hint"><fmt:message key="limits.hint"/></p>
      </form>
    </c:forEach>
  </c:otherwise>
</c:choose>
</div>
