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

        <h4><fmt:message key="secondary.heading"/></h4>
        <table class="park-cloud__secondary">
          <thead><tr>
            <th scope="col"><fmt:message key="column.name"/></th>
            <th scope="col"><fmt:message key="secondary.url"/></th>
            <th scope="col" class="park-cloud__num"><fmt:message key="pool.capacityGb"/></th>
            <th scope="col" class="park-cloud__num"><fmt:message key="secondary.usedGb"/></th>
          </tr></thead>
          <tbody>
            <c:forEach var="s" items="${secondaryStorage}">
              <tr data-secondary="${fn:escapeXml(s.name())}"><td><c:out value="${s.name()}"/></td><td><c:out value="${s.url()}"/></td>
                <td class="park-cloud__num"><fmt:formatNumber value="${s.capacityGb()}"/></td><td class="park-cloud__num"><fmt:formatNumber value="${s.usedGb()}"/></td></tr>
            </c:forEach>
          </tbody>
        </table>

        <h4><fmt:message key="networks.heading"/></h4>
        <c:forEach var="n" items="${networks}">
          <section class="park-cloud__network" data-network="${fn:escapeXml(n.name())}">
            <h5><c:out value="${n.name()}"/></h5>
            <dl>
              <dt><fmt:message key="network.vlans"/></dt><dd><c:out value="${n.vlans().first()}"/>–<c:out value="${n.vlans().last()}"/></dd>
              <dt><fmt:message key="network.cidr"/></dt><dd><c:out value="${n.cidr()}"/> · <fmt:message key="network.gateway"/> <c:out value="${n.gateway()}"/></dd>
              <dt><fmt:message key="network.services"/></dt><dd>
                <fmt:message key="network.sourceNat"/>: <fmt:message key="${n.sourceNat() ? 'yes' : 'no'}"/> ·
                <fmt:message key="network.dhcp"/>: <fmt:message key="${n.dhcp() ? 'yes' : 'no'}"/></dd>
              <dt><fmt:message key="network.dns"/></dt><dd><c:out value="${n.dns1()}"/> <c:out value="${n.dns2()}"/> <c:if test="${not empty n.dnsDomain()}">(<c:out value="${n.dnsDomain()}"/>)</c:if></dd>
              <dt><fmt:message key="network.publicIps"/></dt><dd>
                <c:forEach var="r" items="${n.publicRanges()}" varStatus="s"><span data-ip-range="${fn:escapeXml(r.range().first())}"><c:out value="${r.range().first()}"/>–<c:out value="${r.range().last()}"/></span><c:if test="${not s.last}">, </c:if></c:forEach>
                <c:if test="${empty n.publicRanges()}"><fmt:message key="none"/></c:if></dd>
            </dl>
            <table class="park-cloud__rules">
              <thead><tr>
                <th scope="col"><fmt:message key="rule.kind"/></th><th scope="col"><fmt:message key="rule.protocol"/></th>
                <th scope="col"><fmt:message key="rule.ports"/></th><th scope="col"><fmt:message key="rule.source"/></th>
                <th scope="col"><fmt:message key="rule.target"/></th>
              </tr></thead>
              <tbody>
                <c:forEach var="r" items="${n.rules()}">
                  <tr><td><fmt:message key="rule.${r.kind()}"/></td><td><c:out value="${r.protocol()}"/></td>
                    <td><c:out value="${r.portFirst()}"/>–<c:out value="${r.portLast()}"/></td><td><c:out value="${r.source()}"/></td><td><c:out value="${r.target()}"/></td></tr>
                </c:forEach>
                <c:if test="${empty n.rules()}"><tr><td colspan="5"><fmt:message key="none"/></td></tr></c:if>
              </tbody>
            </table>
          </section>
        </c:forEach>
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

      <c:set var="v" value="${notice.form eq 'network' ? notice.values : null}"/>
      <form class="park-cloud__create-network" method="post" action="<portlet:actionURL name='addNetwork'/>">
        <input type="hidden" name="zone" value="${zone.id()}">
        <label><fmt:message key="network.new"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
        <label><fmt:message key="network.vlanFirst"/><input type="text" name="vlanFirst" inputmode="numeric" size="5" value="${fn:escapeXml(v.vlanFirst)}"></label>
        <label><fmt:message key="network.vlanLast"/><input type="text" name="vlanLast" inputmode="numeric" size="5" value="${fn:escapeXml(v.vlanLast)}"></label>
        <label><fmt:message key="network.cidr"/><input type="text" name="cidr" value="${fn:escapeXml(v.cidr)}"></label>
        <label><fmt:message key="network.gateway"/><input type="text" name="gateway" value="${fn:escapeXml(v.gateway)}"></label>
        <label><input type="checkbox" name="sourceNat" value="on" <c:if test="${empty v or not empty v.sourceNat}">checked</c:if>><fmt:message key="network.sourceNat"/></label>
        <label><input type="checkbox" name="dhcp" value="on" <c:if test="${empty v or not empty v.dhcp}">checked</c:if>><fmt:message key="network.dhcp"/></label>
        <label><fmt:message key="network.dns1"/><input type="text" name="dns1" value="${fn:escapeXml(v.dns1)}"></label>
        <label><fmt:message key="network.dns2"/><input type="text" name="dns2" value="${fn:escapeXml(v.dns2)}"></label>
        <label><fmt:message key="network.dnsDomain"/><input type="text" name="dnsDomain" value="${fn:escapeXml(v.dnsDomain)}"></label>
        <button type="submit"><fmt:message key="network.submit"/></button>
      </form>

      <c:if test="${not empty networks}">
        <c:set var="v" value="${notice.form eq 'ipRange' ? notice.values : null}"/>
        <form class="park-cloud__create-ip-range" method="post" action="<portlet:actionURL name='addPublicIpRange'/>">
          <input type="hidden" name="zone" value="${zone.id()}">
          <label><fmt:message key="ipRange.network"/><select name="network">
            <c:forEach var="n" items="${networks}"><option value="${n.id()}" <c:if test="${v.network eq n.id().toString()}">selected</c:if>><c:out value="${n.name()}"/></option></c:forEach></select></label>
          <label><fmt:message key="ipRange.first"/><input type="text" name="firstIp" value="${fn:escapeXml(v.firstIp)}"></label>
          <label><fmt:message key="ipRange.last"/><input type="text" name="lastIp" value="${fn:escapeXml(v.lastIp)}"></label>
          <button type="submit"><fmt:message key="ipRange.submit"/></button>
        </form>
      </c:if>
    </c:if>
  </c:otherwise>
</c:choose>
</div>
