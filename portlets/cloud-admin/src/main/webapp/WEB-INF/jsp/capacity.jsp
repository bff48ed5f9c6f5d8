<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="ns"><portlet:namespace/></c:set>
<%-- The charts draw the table's figures (capacity-charts.js reads the JSON below); without scripts the table remains.
     Names were typed by operators: escaped. Each figure cell carries its exact number in data-value. --%>
<div class="park-cloud park-cloud--capacity" id="${ns}capacity">
<c:choose>
  <c:when test="${not empty refused}">
    <p class="portlet-msg-error park-cloud__refused" role="alert" data-refused="${fn:escapeXml(refused)}"><fmt:message key="${refused}"/></p>
  </c:when>
  <c:otherwise>
    <div class="park-cloud__charts">
      <section class="park-cloud__chart"><h4><fmt:message key="chart.cpu"/></h4>
        <canvas data-chart="cpu" role="img" aria-label="<fmt:message key='chart.cpu'/>"></canvas></section>
      <section class="park-cloud__chart"><h4><fmt:message key="chart.ram"/></h4>
        <canvas data-chart="ram" role="img" aria-label="<fmt:message key='chart.ram'/>"></canvas></section>
      <section class="park-cloud__chart"><h4><fmt:message key="chart.storage"/></h4>
        <canvas data-chart="storage" role="img" aria-label="<fmt:message key='chart.storage'/>"></canvas></section>
    </div>
    <table class="park-cloud__capacity">
      <caption><fmt:message key="table.caption"/></caption>
      <thead>
        <tr>
          <th scope="col" rowspan="2"><fmt:message key="column.level"/></th>
          <th scope="col" rowspan="2"><fmt:message key="column.name"/></th>
          <th scope="colgroup" colspan="3"><fmt:message key="chart.cpu"/></th>
          <th scope="colgroup" colspan="3"><fmt:message key="chart.ram"/></th>
          <th scope="colgroup" colspan="3"><fmt:message key="chart.storage"/></th>
          <th scope="col" rowspan="2"><fmt:message key="column.status"/></th>
        </tr>
        <tr>
          <c:forEach begin="1" end="3">
            <th scope="col" class="park-cloud__num"><fmt:message key="chart.allocated"/></th>
            <th scope="col" class="park-cloud__num"><fmt:message key="chart.total"/></th>
            <th scope="col" class="park-cloud__num"><fmt:message key="chart.threshold"/></th>
          </c:forEach>
        </tr>
      </thead>
      <tbody>
        <c:forEach var="r" items="${rows}">
          <c:set var="f" value="${r.figures()}"/>
          <tr data-level="${f.level()}" data-name="${fn:escapeXml(f.name())}" data-zone="${fn:escapeXml(f.zone())}"
              <c:if test="${r.clusterAbove()}">class="park-cloud__above" data-above="true"</c:if>>
            <td><fmt:message key="level.${f.level()}"/></td>
            <th scope="row"><c:out value="${f.name()}"/><c:if test="${f.level() ne 'ZONE'}"> <small>(<c:out value="${f.zone()}"/><c:if test="${f.level() eq 'CLUSTER'}"> / <c:out value="${f.pod()}"/></c:if>)</small></c:if></th>
            <td class="park-cloud__num" data-figure="allocatedMhz" data-value="${f.allocatedMhz()}"><fmt:message key="unit.mhz"><fmt:param><fmt:formatNumber value="${f.allocatedMhz()}"/></fmt:param></fmt:message> (<c:out value="${f.cpuPercent()}"/> %)</td>
            <td class="park-cloud__num" data-figure="totalMhz" data-value="${f.totalMhz()}"><fmt:message key="unit.mhz"><fmt:param><fmt:formatNumber value="${f.totalMhz()}"/></fmt:param></fmt:message></td>
            <td class="park-cloud__num" data-figure="cpuThreshold" data-value="${r.cpuThresholdPercent()}"><c:out value="${r.cpuThresholdPercent()}"/> %</td>
            <td class="park-cloud__num" data-figure="allocatedRamMib" data-value="${f.allocatedRamMib()}"><fmt:message key="unit.mib"><fmt:param><fmt:formatNumber value="${f.allocatedRamMib()}"/></fmt:param></fmt:message> (<c:out value="${f.ramPercent()}"/> %)</td>
            <td class="park-cloud__num" data-figure="totalRamMib" data-value="${f.totalRamMib()}"><fmt:message key="unit.mib"><fmt:param><fmt:formatNumber value="${f.totalRamMib()}"/></fmt:param></fmt:message></td>
            <td class="park-cloud__num" data-figure="ramThreshold" data-value="${r.ramThresholdPercent()}"><c:out value="${r.ramThresholdPercent()}"/> %</td>
            <td class="park-cloud__num" data-figure="allocatedGb" data-value="${f.allocatedGb()}"><fmt:message key="unit.gb"><fmt:param><fmt:formatNumber value="${f.allocatedGb()}"/></fmt:param></fmt:message> (<c:out value="${f.storagePercent()}"/> %)</td>
            <td class="park-cloud__num" data-figure="totalGb" data-value="${f.totalGb()}"><fmt:message key="unit.gb"><fmt:param><fmt:formatNumber value="${f.totalGb()}"/></fmt:param></fmt:message></td>
            <td class="park-cloud__num" data-figure="storageThreshold" data-value="${r.storageThresholdPercent()}"><c:out value="${r.storageThresholdPercent()}"/> %</td>
            <td><c:if test="${r.clusterAbove()}"><span class="park-cloud__flag"><fmt:message key="status.above"/></span></c:if></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>
    <script type="application/json" class="park-cloud__data">${chartData}</script>
    <script>if (window.ParkCapacityCharts) { window.ParkCapacityCharts.draw(document.getElementById('${ns}capacity')); }</script>
  </c:otherwise>
</c:choose>
</div>
