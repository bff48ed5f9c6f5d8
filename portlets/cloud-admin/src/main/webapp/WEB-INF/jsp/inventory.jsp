<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Names, tags, URLs and addresses were typed by operators: always escaped. A refused form is shown again with what
     was typed into it (notice.values), every other form empty. --%>
<div class="park-cloud park-cloud--inventory">
<%@ include file="notice.jspf" %>
<c:choose>
  <c:when test="${not empty refused}">
    <p class="portlet-msg-error park-cloud__refused" role="alert" data-refused="${fn:escapeXml(refused)}"><fmt:message key="${refused}"/></p>
  </c:when>
  <c:otherwise>
    <h3><fmt:message key="zones.heading"/></h3>
    <table class="park-cloud__zones">
      <thead><tr>
        <th scope="col"><fmt:message key="column.name"/></th>
        <th scope="col"><fmt:message key="zone.access"/></th>
        <th scope="col"><fmt:message key="zone.strategy"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="limits.cpuThreshold"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="limits.ramThreshold"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="limits.storageThreshold"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="limits.cpuOvercommit"/></th>
        <th scope="col" class="park-cloud__num"><fmt:message key="limits.ramOvercommit"/></th>
        <th scope="col"><fmt:message key="column.enabled"/></th>
      </tr></thead>
      <tbody>
        <c:forEach var="z" items="${zones}">
          <tr data-zone="${z.id()}" data-zone-name="${fn:escapeXml(z.name())}">
            <td><a href="${fn:escapeXml(zoneLinks[z.id()])}" <c:if test="${z.id() eq zone.id()}">aria-current="true"</c:if>><c:out value="${z.name()}"/></a></td>
            <td><c:choose>
              <c:when test="${z.publicZone()}"><fmt:message key="zone.public"/></c:when>
              <c:otherwise><fmt:message key="zone.private"/>:
                <c:forEach var="t" items="${z.tenants()}" varStatus="s"><c:out value="${t}"/><c:if test="${not s.last}">, </c:if></c:forEach></c:otherwise>
            </c:choose></td>
            <td><fmt:message key="strategy.${z.strategy()}"/></td>
            <td class="park-cloud__num"><fmt:formatNumber value="${z.limits().cpuThreshold()}" type="percent" maxFractionDigits="2"/></td>
            <td class="park-cloud__num"><fmt:formatNumber value="${z.limits().ramThreshold()}" type="percent" maxFractionDigits="2"/></td>
            <td class="park-cloud__num"><fmt:formatNumber value="${z.limits().storageThreshold()}" type="percent" maxFractionDigits="2"/></td>
            <td class="park-cloud__num"><fmt:formatNumber value="${z.limits().cpuOvercommit()}" maxFractionDigits="3"/></td>
            <td class="park-cloud__num"><fmt:formatNumber value="${z.limits().ramOvercommit()}" maxFractionDigits="3"/></td>
            <td><fmt:message key="${z.enabled() ? 'yes' : 'no'}"/></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>

    <c:if test="${not empty zone}">
      <section class="park-cloud__zone" data-zone="${zone.id()}">
        <h3><fmt:message key="zone.heading"><fmt:param><c:out value="${zone.name()}"/></fmt:param></fmt:message></h3>

        <%-- The zone's current settings, or what a refused change carried. --%>
        <c:set var="v" value="${notice.form eq 'zoneEdit' ? notice.values : zoneValues}"/>
        <form class="park-cloud__change-zone" method="post" action="<portlet:actionURL name='changeZone'/>">
          <fieldset><legend><fmt:message key="zone.edit.legend"><fmt:param><c:out value="${zone.name()}"/></fmt:param></fmt:message></legend>
          <input type="hidden" name="zone" value="${zone.id()}">
          <input type="hidden" name="zoneName" value="${fn:escapeXml(zone.name())}">
          <label><fmt:message key="zone.access"/><select name="access">
            <option value="public"><fmt:message key="zone.public"/></option>
            <option value="private" <c:if test="${v.access eq 'private'}">selected</c:if>><fmt:message key="zone.private"/></option></select></label>
          <label><fmt:message key="zone.tenants"/><input type="text" name="tenants" value="${fn:escapeXml(v.tenants)}"></label>
          <label><fmt:message key="zone.strategy"/><select name="strategy">
            <c:forEach var="s" items="${strategies}"><option value="${s}" <c:if test="${v.strategy eq s.name()}">selected</c:if>><fmt:message key="strategy.${s}"/></option></c:forEach></select></label>
          <%@ include file="limits.jspf" %>
          <label><input type="checkbox" name="enabled" value="on" <c:if test="${not empty v.enabled}">checked</c:if>><fmt:message key="column.enabled"/></label>
          <button type="submit"><fmt:message key="zone.edit.submit"/></button>
          </fieldset>
        </form>

        <h4><fmt:message key="pods.heading"/></h4>
        <table class="park-cloud__pods">
          <thead><tr><th scope="col"><fmt:message key="column.name"/></th><th scope="col"><fmt:message key="pod.gateway"/></th><th scope="col"><fmt:message key="pod.netmask"/></th></tr></thead>
          <tbody>
            <c:forEach var="p" items="${pods}">
              <tr data-pod="${fn:escapeXml(p.name())}"><td><c:out value="${p.name()}"/></td><td><c:out value="${p.gateway()}"/></td><td><c:out value="${p.netmask()}"/></td></tr>
            </c:forEach>
          </tbody>
        </table>

        <h4><fmt:message key="clusters.heading"/></h4>
        <c:forEach var="c" items="${clusters}">
          <section class="park-cloud__cluster" data-cluster="${fn:escapeXml(c.name())}">
            <h5><c:out value="${c.name()}"/> · <c:out value="${c.pod().name()}"/> · <fmt:message key="hypervisor.${c.hypervisor()}"/>
              <c:if test="${not c.enabled()}"> · <fmt:message key="cluster.disabled"/></c:if></h5>
            <%@ include file="cluster-form.jspf" %>
            <table class="park-cloud__hosts">
              <thead><tr>
                <th scope="col"><fmt:message key="host.name"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="host.cores"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="host.mhzPerCore"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="host.ramMib"/></th>
                <th scope="col"><fmt:message key="column.tags"/></th>
                <th scope="col"><fmt:message key="host.state"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="host.allocated"/></th>
                <th scope="col"><fmt:message key="host.actions"/></th>
              </tr></thead>
              <tbody>
                <c:forEach var="h" items="${hosts[c.id()]}">
                  <tr data-host="${fn:escapeXml(h.name())}" data-host-id="${h.id()}" data-state="${h.state()}">
                    <td><c:out value="${h.name()}"/></td>
                    <td class="park-cloud__num"><fmt:formatNumber value="${h.cores()}"/></td>
                    <td class="park-cloud__num"><fmt:formatNumber value="${h.mhzPerCore()}"/></td>
                    <td class="park-cloud__num"><fmt:formatNumber value="${h.ramMib()}"/></td>
                    <td><c:forEach var="t" items="${h.tags()}" varStatus="s"><c:out value="${t}"/><c:if test="${not s.last}">, </c:if></c:forEach></td>
                    <td><fmt:message key="state.${h.state()}"/></td>
                    <td class="park-cloud__num"><fmt:message key="host.allocatedFigures">
                      <fmt:param><fmt:formatNumber value="${h.allocatedMhz()}"/></fmt:param>
                      <fmt:param><fmt:formatNumber value="${h.allocatedRamMib()}"/></fmt:param></fmt:message></td>
                    <td>
                      <c:forEach var="s" items="${hostStates}">
                        <c:if test="${s ne h.state()}">
                          <form class="park-cloud__state" method="post" action="<portlet:actionURL name='hostState'/>">
                            <input type="hidden" name="zone" value="${zone.id()}">
                            <input type="hidden" name="host" value="${h.id()}">
                            <input type="hidden" name="hostName" value="${fn:escapeXml(h.name())}">
                            <button type="submit" name="state" value="${s}"><fmt:message key="host.action.${s}"/></button>
                          </form>
                        </c:if>
                      </c:forEach>
                    </td>
                  </tr>
                </c:forEach>
              </tbody>
            </table>
            <table class="park-cloud__pools">
              <thead><tr>
                <th scope="col"><fmt:message key="pool.name"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="pool.capacityGb"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="pool.allocatedGb"/></th>
                <th scope="col"><fmt:message key="column.tags"/></th>
              </tr></thead>
              <tbody>
                <c:forEach var="p" items="${pools[c.id()]}">
                  <tr data-pool="${fn:escapeXml(p.name())}">
                    <td><c:out value="${p.name()}"/></td>
                    <td class="park-cloud__num"><fmt:formatNumber value="${p.capacityGb()}"/></td>
                    <td class="park-cloud__num"><fmt:formatNumber value="${p.allocatedGb()}"/></td>
                    <td><c:forEach var="t" items="${p.tags()}" varStatus="s"><c:out value="${t}"/><c:if test="${not s.last}">, </c:if></c:forEach></td>
                  </tr>
                </c:forEach>
              </tbody>
            </table>
          </section>
        </c:forEach>

        <%@ include file="secondary-storage.jspf" %>

        <%@ include file="networks.jspf" %>
      </section>
    </c:if>

    <h3><fmt:message key="create.heading"/></h3>
    <c:set var="v" value="${notice.form eq 'zone' ? notice.values : null}"/>
    <form class="park-cloud__create-zone" method="post" action="<portlet:actionURL name='createZone'/>">
      <input type="hidden" name="zone" value="${zone.id()}">
      <label><fmt:message key="zone.new"/><input type="text" name="name" maxlength="100" required value="${fn:escapeXml(v.name)}"></label>
      <label><fmt:message key="zone.access"/><select name="access">
        <option value="public"><fmt:message key="zone.public"/></option>
        <option value="private" <c:if test="${v.access eq 'private'}">selected</c:if>><fmt:message key="zone.private"/></option></select></label>
      <label><fmt:message key="zone.tenants"/><input type="text" name="tenants" value="${fn:escapeXml(v.tenants)}"></label>
      <label><fmt:message key="zone.strategy"/><select name="strategy">
        <c:forEach var="s" items="${strategies}"><option value="${s}" <c:if test="${v.strategy eq s.name()}">selected</c:if>><fmt:message key="strategy.${s}"/></option></c:forEach></select></label>
      <%@ include file="limits.jspf" %>
      <button type="submit"><fmt:message key="zone.submit"/></button>
    </form>

    <c:if test="${not empty zone}">
      <c:set var="v" value="${notice.form eq 'pod' ? notice.values : null}"/>
      <form class="park-cloud__create-pod" method="post" action="<portlet:actionURL name='createPod'/>">
        <input type="hidden" name="zone" value="${zone.id()}">
        <label><fmt:message key="pod.new"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
        <label><fmt:message key="pod.gateway"/><input type="text" name="gateway" value="${fn:escapeXml(v.gateway)}"></label>
        <label><fmt:message key="pod.netmask"/><input type="text" name="netmask" value="${fn:escapeXml(v.netmask)}"></label>
        <button type="submit"><fmt:message key="pod.submit"/></button>
      </form>

      <c:if test="${not empty pods}">
        <c:set var="v" value="${notice.form eq 'cluster' ? notice.values : null}"/>
        <form class="park-cloud__create-cluster" method="post" action="<portlet:actionURL name='createCluster'/>">
          <input type="hidden" name="zone" value="${zone.id()}">
          <label><fmt:message key="cluster.pod"/><select name="pod">
            <c:forEach var="p" items="${pods}"><option value="${p.id()}" <c:if test="${v.pod eq p.id().toString()}">selected</c:if>><c:out value="${p.name()}"/></option></c:forEach></select></label>
          <label><fmt:message key="cluster.new"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
          <label><fmt:message key="cluster.hypervisor"/><select name="hypervisor">
            <c:forEach var="h" items="${hypervisors}"><option value="${h}" <c:if test="${v.hypervisor eq h.name()}">selected</c:if>><fmt:message key="hypervisor.${h}"/></option></c:forEach></select></label>
          <%@ include file="limits.jspf" %>
          <button type="submit"><fmt:message key="cluster.submit"/></button>
        </form>
      </c:if>

      <c:if test="${not empty clusters}">
        <c:set var="v" value="${notice.form eq 'host' ? notice.values : null}"/>
        <form class="park-cloud__create-host" method="post" action="<portlet:actionURL name='addHost'/>">
          <input type="hidden" name="zone" value="${zone.id()}">
          <label><fmt:message key="host.cluster"/><select name="cluster">
            <c:forEach var="c" items="${clusters}"><option value="${c.id()}" <c:if test="${v.cluster eq c.id().toString()}">selected</c:if>><c:out value="${c.name()}"/></option></c:forEach></select></label>
          <label><fmt:message key="host.new"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
          <label><fmt:message key="host.cores"/><input type="text" name="cores" inputmode="numeric" size="5" value="${fn:escapeXml(v.cores)}"></label>
          <label><fmt:message key="host.mhzPerCore"/><input type="text" name="mhzPerCore" inputmode="numeric" size="6" value="${fn:escapeXml(v.mhzPerCore)}"></label>
          <label><fmt:message key="host.ramMib"/><input type="text" name="ramMib" inputmode="numeric" size="8" value="${fn:escapeXml(v.ramMib)}"></label>
          <label><fmt:message key="column.tags"/><input type="text" name="tags" value="${fn:escapeXml(v.tags)}"></label>
          <button type="submit"><fmt:message key="host.submit"/></button>
        </form>

        <c:set var="v" value="${notice.form eq 'pool' ? notice.values : null}"/>
        <form class="park-cloud__create-pool" method="post" action="<portlet:actionURL name='addPool'/>">
          <input type="hidden" name="zone" value="${zone.id()}">
          <label><fmt:message key="host.cluster"/><select name="cluster">
            <c:forEach var="c" items="${clusters}"><option value="${c.id()}" <c:if test="${v.cluster eq c.id().toString()}">selected</c:if>><c:out value="${c.name()}"/></option></c:forEach></select></label>
          <label><fmt:message key="pool.new"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
          <label><fmt:message key="pool.capacityGb"/><input type="text" name="capacityGb" inputmode="numeric" size="8" value="${fn:escapeXml(v.capacityGb)}"></label>
          <label><fmt:message key="column.tags"/><input type="text" name="tags" value="${fn:escapeXml(v.tags)}"></label>
          <button type="submit"><fmt:message key="pool.submit"/></button>
        </form>
      </c:if>

    </c:if>
  </c:otherwise>
</c:choose>
</div>
