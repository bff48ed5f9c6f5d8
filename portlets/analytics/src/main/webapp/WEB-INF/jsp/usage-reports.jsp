<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Page paths, portlet names, tenants and search queries come from users: always escaped. The charts draw the same
     figures as the tables (usage-charts.js reads the JSON below); without scripts the tables remain. --%>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-usage" id="${ns}usage">
<c:choose>
  <c:when test="${forbidden}">
    <p class="portlet-msg-error park-usage__forbidden" role="alert"><fmt:message key="forbidden"/></p>
  </c:when>
  <c:otherwise>
    <nav class="park-usage__choices park-usage__periods" aria-label="<fmt:message key='period.label'/>">
      <c:forEach var="p" items="${periods}">
        <c:choose>
          <c:when test="${empty p.value}"><span aria-current="true" data-days="${p.key}"><fmt:message key="period.days"><fmt:param value="${p.key}"/></fmt:message></span></c:when>
          <c:otherwise><a href="${fn:escapeXml(p.value)}" data-days="${p.key}"><fmt:message key="period.days"><fmt:param value="${p.key}"/></fmt:message></a></c:otherwise>
        </c:choose>
      </c:forEach>
    </nav>
    <nav class="park-usage__choices park-usage__tenants" aria-label="<fmt:message key='tenant.label'/>">
      <c:forEach var="t" items="${tenants}">
        <c:set var="tenantLabel">
          <c:choose>
            <c:when test="${empty t.key}"><fmt:message key="tenant.all"/></c:when>
            <c:when test="${t.key == '-'}"><fmt:message key="tenant.none"/></c:when>
            <c:otherwise><c:out value="${t.key}"/></c:otherwise>
          </c:choose>
        </c:set>
        <c:choose>
          <c:when test="${empty t.value}"><span aria-current="true" data-tenant="${fn:escapeXml(t.key)}">${tenantLabel}</span></c:when>
          <c:otherwise><a href="${fn:escapeXml(t.value)}" data-tenant="${fn:escapeXml(t.key)}">${tenantLabel}</a></c:otherwise>
        </c:choose>
      </c:forEach>
    </nav>
    <p class="park-usage__span">
      <fmt:message key="span"><fmt:param value="${report.from()}"/><fmt:param value="${report.to()}"/></fmt:message>
      <c:if test="${report.recorder().dropped() > 0 or report.recorder().lost() > 0}">
        <span class="park-usage__dropped" data-dropped="${report.recorder().dropped()}" data-lost="${report.recorder().lost()}">
          <fmt:message key="recorder.dropped"><fmt:param value="${report.recorder().dropped() + report.recorder().lost()}"/></fmt:message>
        </span>
      </c:if>
    </p>

    <div class="park-usage__charts">
      <section class="park-usage__chart" data-part="DAYS">
        <h4><fmt:message key="chart.trend"/></h4>
        <canvas data-chart="trend" role="img" aria-label="<fmt:message key='chart.trend'/>"></canvas>
        <details>
          <summary><fmt:message key="table.show"/></summary>
          <table class="park-usage__days">
            <thead><tr>
              <th scope="col"><fmt:message key="column.day"/></th>
              <th scope="col"><fmt:message key="series.pageViews"/></th>
              <th scope="col"><fmt:message key="series.logins"/></th>
              <th scope="col"><fmt:message key="series.activeUsers"/></th>
              <th scope="col"><fmt:message key="series.searches"/></th>
            </tr></thead>
            <tbody>
              <c:forEach var="d" items="${report.days()}">
                <tr data-day="${d.day()}" data-views="${d.pageViews()}" data-logins="${d.logins()}" data-active="${d.activeUsers()}">
                  <td><time datetime="${d.day()}">${d.day()}</time></td>
                  <td class="park-usage__n">${d.pageViews()}</td>
                  <td class="park-usage__n">${d.logins()}</td>
                  <td class="park-usage__n">${d.activeUsers()}</td>
                  <td class="park-usage__n">${d.searches()}</td>
                </tr>
              </c:forEach>
            </tbody>
          </table>
        </details>
        <a class="park-usage__csv" data-csv="DAYS" href="${fn:escapeXml(csv.DAYS)}"><fmt:message key="export.csv"/></a>
      </section>

      <section class="park-usage__chart" data-part="ACTIVE">
        <h4><fmt:message key="chart.activeUsers"/></h4>
        <canvas data-chart="active" role="img" aria-label="<fmt:message key='chart.activeUsers'/>"></canvas>
      </section>

      <section class="park-usage__chart" data-part="PAGES">
        <h4><fmt:message key="chart.topPages"/></h4>
        <canvas data-chart="pages" role="img" aria-label="<fmt:message key='chart.topPages'/>"></canvas>
        <c:choose>
          <c:when test="${empty report.topPages()}"><p class="park-usage__none"><fmt:message key="none"/></p></c:when>
          <c:otherwise>
            <table class="park-usage__pages">
              <thead><tr><th scope="col"><fmt:message key="column.page"/></th><th scope="col"><fmt:message key="series.views"/></th></tr></thead>
              <tbody>
                <c:forEach var="p" items="${report.topPages()}">
                  <tr data-page="${fn:escapeXml(p.subject())}"><td><c:out value="${p.subject()}"/></td><td class="park-usage__n">${p.amount()}</td></tr>
                </c:forEach>
              </tbody>
            </table>
          </c:otherwise>
        </c:choose>
        <a class="park-usage__csv" data-csv="PAGES" href="${fn:escapeXml(csv.PAGES)}"><fmt:message key="export.csv"/></a>
      </section>

      <section class="park-usage__chart" data-part="PORTLETS">
        <h4><fmt:message key="chart.topPortlets"/></h4>
        <canvas data-chart="portlets" role="img" aria-label="<fmt:message key='chart.topPortlets'/>"></canvas>
        <c:choose>
          <c:when test="${empty report.topPortlets()}"><p class="park-usage__none"><fmt:message key="none"/></p></c:when>
          <c:otherwise>
            <table class="park-usage__portlets">
              <thead><tr><th scope="col"><fmt:message key="column.portlet"/></th><th scope="col"><fmt:message key="series.renders"/></th><th scope="col"><fmt:message key="series.actions"/></th></tr></thead>
              <tbody>
                <c:forEach var="p" items="${report.topPortlets()}">
                  <tr data-portlet="${fn:escapeXml(p.portlet())}"><td><c:out value="${p.portlet()}"/></td><td class="park-usage__n">${p.renders()}</td><td class="park-usage__n">${p.actions()}</td></tr>
                </c:forEach>
              </tbody>
            </table>
          </c:otherwise>
        </c:choose>
        <a class="park-usage__csv" data-csv="PORTLETS" href="${fn:escapeXml(csv.PORTLETS)}"><fmt:message key="export.csv"/></a>
      </section>

      <section class="park-usage__chart" data-part="SEARCHES">
        <h4><fmt:message key="chart.topSearches"/></h4>
        <canvas data-chart="searches" role="img" aria-label="<fmt:message key='chart.topSearches'/>"></canvas>
        <c:choose>
          <c:when test="${empty report.topSearches()}"><p class="park-usage__none"><fmt:message key="none"/></p></c:when>
          <c:otherwise>
            <table class="park-usage__searches">
              <thead><tr><th scope="col"><fmt:message key="column.query"/></th><th scope="col"><fmt:message key="series.searches"/></th><th scope="col"><fmt:message key="series.withoutHits"/></th></tr></thead>
              <tbody>
                <c:forEach var="s" items="${report.topSearches()}">
                  <tr><td><c:out value="${s.query()}"/></td><td class="park-usage__n">${s.searches()}</td><td class="park-usage__n">${s.withoutHits()}</td></tr>
                </c:forEach>
              </tbody>
            </table>
          </c:otherwise>
        </c:choose>
        <a class="park-usage__csv" data-csv="SEARCHES" href="${fn:escapeXml(csv.SEARCHES)}"><fmt:message key="export.csv"/></a>
      </section>
    </div>
    <script type="application/json" class="park-usage__data">${chartData}</script>
    <script>if (window.ParkUsageCharts) { window.ParkUsageCharts.draw(document.getElementById('${ns}usage')); }</script>
  </c:otherwise>
</c:choose>
</div>
