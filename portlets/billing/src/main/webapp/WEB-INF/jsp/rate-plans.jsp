<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-bills park-bills--plans">
<%@ include file="notice.jspf" %>
<c:choose>
  <c:when test="${not empty refused}">
    <p class="portlet-msg-error park-bills__refused" role="alert"><fmt:message key="refused.${refused}"/></p>
  </c:when>
  <c:otherwise>
    <table class="park-bills__plans">
      <thead><tr>
        <th scope="col"><fmt:message key="column.item"/></th>
        <th scope="col"><fmt:message key="column.effective"/></th>
        <th scope="col"><fmt:message key="column.pricing"/></th>
        <th scope="col" class="park-bills__num"><fmt:message key="column.price"/></th>
        <th scope="col"><fmt:message key="column.provider"/></th>
      </tr></thead>
      <tbody>
        <c:forEach var="item" items="${items}">
          <c:set var="inForce" value="${false}"/>
          <c:forEach var="v" items="${versions[item.code()]}" varStatus="s">
            <%-- Versions come newest first: the first one that has started is the one in force. --%>
            <c:set var="current" value="${not inForce and not v.effectiveFrom().isAfter(now)}"/>
            <tr data-item="${fn:escapeXml(item.code())}" data-version="${v.id()}" <c:if test="${current}">data-in-force="true"</c:if>>
              <td><c:if test="${s.first}"><strong><c:out value="${item.name()}"/></strong><br><code><c:out value="${item.code()}"/></code> · <fmt:message key="type.${item.usageType()}"/></c:if></td>
              <td><c:out value="${v.effectiveFrom()}"/><c:if test="${current}"> <em><fmt:message key="version.inForce"/></em></c:if></td>
              <td><fmt:message key="pricing.${v.pricing()}"/></td>
              <td class="park-bills__num"><c:choose>
                <c:when test="${empty v.unitPrice()}"><c:out value="${tiers[v.id()]}"/></c:when>
                <c:otherwise><c:out value="${v.unitPrice().stripTrailingZeros().toPlainString()}"/></c:otherwise></c:choose></td>
              <td><c:if test="${not empty v.provider()}"><c:out value="${v.provider()}"/> (<c:out value="${v.providerShare().stripTrailingZeros().toPlainString()}"/> %)</c:if></td>
            </tr>
            <c:if test="${current}"><c:set var="inForce" value="${true}"/></c:if>
          </c:forEach>
          <c:if test="${empty versions[item.code()]}">
            <tr data-item="${fn:escapeXml(item.code())}"><td><strong><c:out value="${item.name()}"/></strong><br><code><c:out value="${item.code()}"/></code></td>
              <td colspan="4"><em><fmt:message key="version.none"/></em></td></tr>
          </c:if>
        </c:forEach>
      </tbody>
    </table>

    <h3><fmt:message key="version.heading"/></h3>
    <form class="park-bills__version-form" method="post" action="<portlet:actionURL name='addVersion'/>">
      <label><fmt:message key="column.item"/>
        <select name="item"><c:forEach var="item" items="${items}"><option value="${fn:escapeXml(item.code())}"><c:out value="${item.code()}"/></option></c:forEach></select></label>
      <label><fmt:message key="column.effective"/><input type="date" name="effective" min="${tomorrow}" value="${tomorrow}" required></label>
      <label><fmt:message key="column.pricing"/>
        <select name="pricing"><c:forEach var="m" items="${pricingModels}"><option value="${m}"><fmt:message key="pricing.${m}"/></option></c:forEach></select></label>
      <label><fmt:message key="column.price"/><input type="text" name="price" inputmode="decimal" size="10"></label>
      <label><fmt:message key="version.tiers"/><textarea name="tiers" rows="3" cols="18" placeholder="1000 0.0004&#10;5000 0.0003&#10;0.0002"></textarea></label>
      <label><fmt:message key="column.provider"/><input type="text" name="provider" maxlength="200"></label>
      <label><fmt:message key="version.share"/><input type="text" name="share" inputmode="decimal" size="6"></label>
      <button type="submit"><fmt:message key="version.submit"/></button>
    </form>
    <p><small><fmt:message key="version.help"/></small></p>

    <h3><fmt:message key="item.heading"/></h3>
    <form class="park-bills__item-form" method="post" action="<portlet:actionURL name='createItem'/>">
      <label><fmt:message key="item.code"/><input type="text" name="code" maxlength="100" pattern="[a-z0-9]+([.\-][a-z0-9]+)*" required></label>
      <label><fmt:message key="item.name"/><input type="text" name="name" maxlength="200" required></label>
      <label><fmt:message key="item.type"/>
        <select name="usageType"><c:forEach var="t" items="${usageTypes}"><option value="${t}"><fmt:message key="type.${t}"/></option></c:forEach></select></label>
      <button type="submit"><fmt:message key="item.submit"/></button>
    </form>
  </c:otherwise>
</c:choose>
</div>
