<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-bills park-bills--accounts">
<%@ include file="notice.jspf" %>
<c:choose>
  <c:when test="${not empty refused}">
    <p class="portlet-msg-error park-bills__refused" role="alert"><fmt:message key="refused.${refused}"/></p>
  </c:when>
  <c:otherwise>
    <table class="park-bills__accounts">
      <thead><tr>
        <th scope="col"><fmt:message key="account.tenant"/></th>
        <th scope="col"><fmt:message key="account.terms"/></th>
        <th scope="col" class="park-bills__num"><fmt:message key="account.exposure"/></th>
        <th scope="col" class="park-bills__num"><fmt:message key="account.creditLeft"/></th>
      </tr></thead>
      <tbody>
        <c:forEach var="a" items="${accounts}">
          <c:set var="digits" value="${a.credit.exposure.currency().defaultFractionDigits}"/>
          <tr data-tenant="${fn:escapeXml(a.tenant)}" data-alert-level="${a.credit.alertLevel}" data-exposure="${a.credit.exposure.amount()}">
            <th scope="row"><c:out value="${a.tenant}"/></th>
            <td>
              <form class="park-bills__account-form" method="post" action="<portlet:actionURL name='account'/>">
                <input type="hidden" name="tenant" value="${fn:escapeXml(a.tenant)}">
                <label><fmt:message key="account.billingName"/><input type="text" name="billingName" maxlength="200" value="${fn:escapeXml(a.billingName)}" required></label>
                <label><fmt:message key="account.taxRate"/><input type="text" name="taxRate" inputmode="decimal" size="6" value="${a.taxRate.stripTrailingZeros().toPlainString()}" required></label>
                <label><fmt:message key="account.creditLimit"/><input type="text" name="creditLimit" inputmode="decimal" size="10" value="${empty a.creditLimit ? '' : a.creditLimit.stripTrailingZeros().toPlainString()}"></label>
                <label><span><input type="checkbox" name="enforce" value="true" <c:if test="${a.enforceLimit}">checked</c:if>> <fmt:message key="account.enforce"/></span></label>
                <button type="submit"><fmt:message key="account.save"/></button>
              </form>
            </td>
            <td class="park-bills__num"><c:set var="amount" value="${a.credit.exposure.amount()}"/><%@ include file="money.jspf" %>
              <c:if test="${a.credit.percentUsed >= 0}"><br><span class="park-bills__credit--${a.credit.alertLevel}">${a.credit.percentUsed} %</span></c:if></td>
            <td class="park-bills__num"><c:set var="amount" value="${a.creditLeft.amount()}"/><%@ include file="money.jspf" %></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>

    <h3><fmt:message key="credit.heading"/></h3>
    <form class="park-bills__credit-form" method="post" action="<portlet:actionURL name='credit'/>">
      <label><fmt:message key="account.tenant"/>
        <select name="tenant"><c:forEach var="a" items="${accounts}"><option value="${fn:escapeXml(a.tenant)}"><c:out value="${a.tenant}"/></option></c:forEach></select></label>
      <label><fmt:message key="credit.amount"/><input type="text" name="amount" inputmode="decimal" size="10" required></label>
      <label><fmt:message key="credit.reason"/><input type="text" name="reason" maxlength="500" size="40" required></label>
      <button type="submit"><fmt:message key="credit.submit"/></button>
    </form>

    <h3><fmt:message key="period.heading"><fmt:param value="${period}"/></fmt:message></h3>
    <form class="park-bills__period-form" method="post" action="<portlet:actionURL name='showPeriod'/>">
      <label><fmt:message key="column.period"/><input type="month" name="period" value="${period}" placeholder="yyyy-MM" required></label>
      <button type="submit"><fmt:message key="period.show"/></button>
    </form>
    <form class="park-bills__invoice-form" method="post" action="<portlet:actionURL name='invoice'/>">
      <input type="hidden" name="period" value="${period}">
      <label><span><input type="checkbox" name="issue" value="true"> <fmt:message key="invoicing.issue"/></span></label>
      <button type="submit"><fmt:message key="invoicing.run"><fmt:param value="${period}"/></fmt:message></button>
    </form>
    <form class="park-bills__rate-form" method="post" action="<portlet:actionURL name='rate'/>">
      <button type="submit"><fmt:message key="rating.run"/></button>
    </form>

    <h4><fmt:message key="invoices.heading"/></h4>
    <c:choose>
      <c:when test="${empty periodInvoices}"><p class="park-bills__none"><fmt:message key="invoices.none"/></p></c:when>
      <c:otherwise>
        <table class="park-bills__period-invoices">
          <thead><tr>
            <th scope="col"><fmt:message key="account.tenant"/></th>
            <th scope="col"><fmt:message key="column.number"/></th>
            <th scope="col" class="park-bills__num"><fmt:message key="column.total"/></th>
          </tr></thead>
          <tbody>
            <c:forEach var="i" items="${periodInvoices}">
              <tr data-invoice="${i.id()}" data-tenant="${fn:escapeXml(i.tenant())}" data-status="${i.status()}">
                <td><c:out value="${i.tenant()}"/></td>
                <td><c:choose><c:when test="${empty i.number()}"><em><fmt:message key="invoice.draft"/></em></c:when><c:otherwise><c:out value="${i.number()}"/></c:otherwise></c:choose></td>
                <td class="park-bills__num"><c:set var="digits" value="${i.currency().defaultFractionDigits}"/><c:set var="amount" value="${i.total().amount()}"/><%@ include file="money.jspf" %> <c:out value="${i.currency().currencyCode}"/></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </c:otherwise>
    </c:choose>

    <h4><fmt:message key="settlement.heading"/></h4>
    <c:choose>
      <c:when test="${empty settlement}"><p class="park-bills__none"><fmt:message key="settlement.none"/></p></c:when>
      <c:otherwise>
        <table class="park-bills__settlement">
          <thead><tr>
            <th scope="col"><fmt:message key="column.provider"/></th>
            <th scope="col"><fmt:message key="column.item"/></th>
            <th scope="col" class="park-bills__num"><fmt:message key="settlement.revenue"/></th>
            <th scope="col" class="park-bills__num"><fmt:message key="settlement.share"/></th>
          </tr></thead>
          <tbody>
            <c:forEach var="s" items="${settlement}">
              <c:set var="digits" value="${s.revenue.currency().defaultFractionDigits}"/>
              <tr data-provider="${fn:escapeXml(s.provider)}" data-item="${fn:escapeXml(s.itemCode)}" data-share="${s.share.amount()}">
                <td><c:out value="${s.provider}"/></td>
                <td><c:out value="${s.itemName}"/></td>
                <td class="park-bills__num"><c:set var="amount" value="${s.revenue.amount()}"/><%@ include file="money.jspf" %></td>
                <td class="park-bills__num"><c:set var="amount" value="${s.share.amount()}"/><%@ include file="money.jspf" %></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </c:otherwise>
    </c:choose>
  </c:otherwise>
</c:choose>
</div>
