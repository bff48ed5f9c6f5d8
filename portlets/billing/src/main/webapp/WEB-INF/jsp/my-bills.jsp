<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Item and company names are typed by administrators: always escaped. --%>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-bills park-bills--mine">
<c:choose>
  <c:when test="${guest}">
    <p class="park-bills__guest"><fmt:message key="guest"/></p>
  </c:when>
  <c:when test="${not empty refused}">
    <p class="portlet-msg-error park-bills__refused" role="alert"><fmt:message key="refused.${refused}"/></p>
  </c:when>
  <c:otherwise>
    <c:set var="credit" value="${current.credit()}"/>
    <c:set var="digits" value="${current.total().currency().defaultFractionDigits}"/>
    <c:if test="${not empty credit.limit()}">
      <p class="park-bills__credit park-bills__credit--${credit.alertLevel()}" data-alert-level="${credit.alertLevel()}"
         data-exposure="${credit.exposure().amount()}" role="${credit.alertLevel() > 0 ? 'alert' : 'status'}">
        <fmt:message key="credit.level.${credit.alertLevel()}">
          <fmt:param><c:set var="amount" value="${credit.exposure().amount()}"/><%@ include file="money.jspf" %></fmt:param>
          <fmt:param><c:set var="amount" value="${credit.limit().amount()}"/><%@ include file="money.jspf" %></fmt:param>
          <fmt:param value="${credit.percentUsed()}"/>
          <fmt:param value="${credit.exposure().currency().currencyCode}"/>
        </fmt:message>
        <c:if test="${credit.enforced()}"> <fmt:message key="credit.enforced"/></c:if>
      </p>
    </c:if>

    <c:choose>
      <c:when test="${invoiceNotFound}">
        <p class="portlet-msg-error park-bills__notfound" role="alert"><fmt:message key="invoice.notFound"/></p>
        <p><a href="${fn:escapeXml(listUrl)}"><fmt:message key="invoice.back"/></a></p>
      </c:when>
      <c:when test="${not empty invoice}">
        <c:set var="digits" value="${invoice.currency().defaultFractionDigits}"/>
        <section class="park-bills__invoice" data-invoice="${invoice.id()}" data-total="${invoice.total().amount()}">
          <h3><fmt:message key="invoice.heading"><fmt:param><c:out value="${invoice.number()}"/></fmt:param><fmt:param value="${invoice.period()}"/></fmt:message></h3>
          <p><c:out value="${invoice.billingName()}"/> · <fmt:message key="invoice.issuedOn"><fmt:param value="${invoice.issuedAt()}"/></fmt:message></p>
          <table class="park-bills__lines">
            <thead><tr>
              <th scope="col"><fmt:message key="column.item"/></th>
              <th scope="col" class="park-bills__num"><fmt:message key="column.quantity"/></th>
              <th scope="col" class="park-bills__num"><fmt:message key="column.amount"/></th>
            </tr></thead>
            <tbody>
              <c:forEach var="line" items="${invoice.lines()}">
                <tr data-item="${fn:escapeXml(line.itemCode())}">
                  <td><c:out value="${line.itemName()}"/><c:if test="${line.usagePeriod() ne invoice.period()}"> <fmt:message key="line.late"><fmt:param value="${line.usagePeriod()}"/></fmt:message></c:if></td>
                  <td class="park-bills__num"><fmt:formatNumber value="${line.quantity()}" maxFractionDigits="6"/> <fmt:message key="unit.${line.unit()}"/></td>
                  <td class="park-bills__num" data-amount="${line.amount()}"><c:set var="amount" value="${line.amount()}"/><%@ include file="money.jspf" %></td>
                </tr>
              </c:forEach>
            </tbody>
            <tfoot>
              <tr><th scope="row" colspan="2"><fmt:message key="invoice.subtotal"/></th>
                <td class="park-bills__num" data-subtotal="${invoice.subtotal().amount()}"><c:set var="amount" value="${invoice.subtotal().amount()}"/><%@ include file="money.jspf" %></td></tr>
              <tr><th scope="row" colspan="2"><fmt:message key="invoice.credits"/></th>
                <td class="park-bills__num" data-credits="${invoice.credits().amount()}">−<c:set var="amount" value="${invoice.credits().amount()}"/><%@ include file="money.jspf" %></td></tr>
              <tr><th scope="row" colspan="2"><fmt:message key="invoice.tax"><fmt:param><fmt:formatNumber value="${invoice.taxRate()}" maxFractionDigits="4"/></fmt:param></fmt:message></th>
                <td class="park-bills__num" data-tax="${invoice.tax().amount()}"><c:set var="amount" value="${invoice.tax().amount()}"/><%@ include file="money.jspf" %></td></tr>
              <tr><th scope="row" colspan="2"><fmt:message key="invoice.total"><fmt:param value="${invoice.currency().currencyCode}"/></fmt:message></th>
                <td class="park-bills__num park-bills__total"><strong><c:set var="amount" value="${invoice.total().amount()}"/><%@ include file="money.jspf" %></strong></td></tr>
            </tfoot>
          </table>
          <p><a class="park-bills__pdf" href="${fn:escapeXml(pdfUrl)}" download><fmt:message key="invoice.pdf"/></a>
             · <a href="${fn:escapeXml(listUrl)}"><fmt:message key="invoice.back"/></a></p>
          <p class="park-bills__rule"><small><fmt:message key="rounding"/></small></p>
        </section>
      </c:when>
    </c:choose>

    <h3><fmt:message key="invoices.heading"/></h3>
    <c:choose>
      <c:when test="${empty invoices}"><p class="park-bills__none"><fmt:message key="invoices.none"/></p></c:when>
      <c:otherwise>
        <table class="park-bills__invoices">
          <thead><tr>
            <th scope="col"><fmt:message key="column.period"/></th>
            <th scope="col"><fmt:message key="column.number"/></th>
            <th scope="col" class="park-bills__num"><fmt:message key="column.total"/></th>
          </tr></thead>
          <tbody>
            <c:forEach var="i" items="${invoices}">
              <tr data-invoice="${i.id()}" data-period="${i.period()}">
                <td><a class="park-bills__open" href="${fn:escapeXml(openUrls[i.id()])}"><c:out value="${i.period()}"/></a></td>
                <td><c:choose><c:when test="${empty i.number()}"><em><fmt:message key="invoice.draft"/></em></c:when><c:otherwise><c:out value="${i.number()}"/></c:otherwise></c:choose></td>
                <td class="park-bills__num"><c:set var="digits" value="${i.currency().defaultFractionDigits}"/><c:set var="amount" value="${i.total().amount()}"/><%@ include file="money.jspf" %> <c:out value="${i.currency().currencyCode}"/></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </c:otherwise>
    </c:choose>

    <h3><fmt:message key="current.heading"><fmt:param value="${current.period()}"/></fmt:message></h3>
    <c:set var="digits" value="${current.total().currency().defaultFractionDigits}"/>
    <c:choose>
      <c:when test="${empty current.lines()}"><p class="park-bills__none"><fmt:message key="current.none"/></p></c:when>
      <c:otherwise>
        <table class="park-bills__current">
          <thead><tr>
            <th scope="col"><fmt:message key="column.item"/></th>
            <th scope="col" class="park-bills__num"><fmt:message key="column.quantity"/></th>
            <th scope="col" class="park-bills__num"><fmt:message key="column.amount"/></th>
          </tr></thead>
          <tbody>
            <c:forEach var="line" items="${current.lines()}">
              <tr data-item="${fn:escapeXml(line.itemCode())}">
                <td><c:out value="${line.itemName()}"/></td>
                <td class="park-bills__num"><fmt:formatNumber value="${line.quantity()}" maxFractionDigits="6"/> <fmt:message key="unit.${line.unit()}"/></td>
                <td class="park-bills__num"><c:set var="amount" value="${line.amount()}"/><%@ include file="money.jspf" %></td>
              </tr>
            </c:forEach>
          </tbody>
          <tfoot><tr><th scope="row" colspan="2"><fmt:message key="current.total"><fmt:param value="${current.total().currency().currencyCode}"/></fmt:message></th>
            <td class="park-bills__num" data-current-total="${current.total().amount()}"><c:set var="amount" value="${current.total().amount()}"/><%@ include file="money.jspf" %></td></tr></tfoot>
        </table>
        <c:if test="${current.unrated() > 0}"><p><small><fmt:message key="current.unrated"><fmt:param value="${current.unrated()}"/></fmt:message></small></p></c:if>
        <figure class="park-bills__chart">
          <canvas id="${ns}chart" role="img" aria-label="<fmt:message key='chart.label'/>"></canvas>
          <figcaption><fmt:message key="chart.caption"/></figcaption>
        </figure>
        <script type="application/json" id="${ns}chart-data">${chartJson}</script>
        <script>
          (function () {
            var canvas = document.getElementById('${ns}chart');
            var data = JSON.parse(document.getElementById('${ns}chart-data').textContent);
            // Without Chart.js (blocked, offline) the table above still says everything.
            if (typeof Chart === 'undefined' || !canvas) { return; }
            new Chart(canvas, {type: 'bar', data: data,
              options: {responsive: true, scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}}});
          })();
        </script>
      </c:otherwise>
    </c:choose>
  </c:otherwise>
</c:choose>
</div>
