<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<div class="park-cloud park-cloud--servers">
<c:choose>
  <c:when test="${guest}">
    <p class="portlet-msg-info"><fmt:message key="guest"/></p>
  </c:when>
  <c:when test="${not empty refusal}">
    <%@ include file="outcome.jspf" %>
    <p class="portlet-msg-error" role="alert" data-outcome="refused"><c:out value="${refusal}"/></p>
    <p><a href="${fn:escapeXml(listUrl)}"><fmt:message key="back"/></a></p>
  </c:when>
  <c:otherwise>
    <%@ include file="outcome.jspf" %>

    <c:if test="${not empty confirm}">
      <section class="park-cloud__confirm" data-confirm-vm="${confirm.id()}" role="alertdialog" aria-labelledby="park-cloud-confirm-${confirm.id()}">
        <p id="park-cloud-confirm-${confirm.id()}"><strong><fmt:message key="destroy.question"><fmt:param><c:out value="${confirm.name()}"/></fmt:param></fmt:message></strong></p>
        <p><fmt:message key="destroy.consequence"/></p>
        <div class="park-cloud__buttons">
          <form method="post" action="<portlet:actionURL name='destroy'/>">
            <input type="hidden" name="vm" value="${confirm.id()}">
            <input type="hidden" name="name" value="${fn:escapeXml(confirm.name())}">
            <button type="submit" data-op="destroy"><fmt:message key="op.destroyConfirmed"/></button>
          </form>
          <a href="${fn:escapeXml(listUrl)}" data-op="cancel"><fmt:message key="op.cancel"/></a>
        </div>
      </section>
    </c:if>

    <c:if test="${not empty confirmDisk}">
      <section class="park-cloud__confirm" data-confirm-disk="${confirmDisk.id()}" role="alertdialog" aria-labelledby="park-cloud-confirm-disk-${confirmDisk.id()}">
        <p id="park-cloud-confirm-disk-${confirmDisk.id()}"><strong><fmt:message key="deleteDisk.question"><fmt:param><c:out value="${confirmDisk.name()}"/></fmt:param><fmt:param value="${confirmDisk.sizeGb()}"/></fmt:message></strong></p>
        <p><fmt:message key="deleteDisk.consequence"/></p>
        <div class="park-cloud__buttons">
          <form method="post" action="<portlet:actionURL name='deleteDetached'/>">
            <input type="hidden" name="volume" value="${confirmDisk.id()}">
            <input type="hidden" name="volumeName" value="${fn:escapeXml(confirmDisk.name())}">
            <button type="submit" data-op="deleteDetached"><fmt:message key="op.deleteDiskConfirmed"/></button>
          </form>
          <a href="${fn:escapeXml(listUrl)}" data-op="cancel"><fmt:message key="op.cancel"/></a>
        </div>
      </section>
    </c:if>

    <h3><fmt:message key="vms.heading"/></h3>
    <c:choose>
      <c:when test="${empty vms}"><p class="park-cloud__empty" data-empty="vms"><fmt:message key="vms.none"/></p></c:when>
      <c:otherwise>
        <c:set var="lState"><fmt:message key="column.state"/></c:set>
        <c:set var="lOffering"><fmt:message key="column.offering"/></c:set>
        <c:set var="lAddress"><fmt:message key="column.address"/></c:set>
        <c:set var="lCreated"><fmt:message key="column.created"/></c:set>
        <c:set var="lActions"><fmt:message key="column.actions"/></c:set>
        <table class="park-cloud__vms">
          <thead><tr>
            <th scope="col"><fmt:message key="column.name"/></th>
            <th scope="col"><fmt:message key="column.state"/></th>
            <th scope="col"><fmt:message key="column.offering"/></th>
            <th scope="col"><fmt:message key="column.address"/></th>
            <th scope="col"><fmt:message key="column.created"/></th>
            <th scope="col"><fmt:message key="column.actions"/></th>
          </tr></thead>
          <tbody>
            <c:forEach var="row" items="${vms}">
              <c:set var="vm" value="${row.vm}"/>
              <tr data-vm-id="${vm.id()}" data-vm-name="${fn:escapeXml(vm.name())}" data-state="${vm.state()}" data-order-id="${fn:escapeXml(vm.orderId())}">
                <th scope="row"><a href="${fn:escapeXml(row.openUrl)}" data-op="open"><c:out value="${vm.name()}"/></a></th>
                <td data-label="${fn:escapeXml(lState)}"><c:out value="${row.state}"/></td>
                <td data-label="${fn:escapeXml(lOffering)}"><fmt:message key="offering.size"><fmt:param><c:out value="${vm.offering()}"/></fmt:param><fmt:param value="${vm.vcpus()}"/><fmt:param value="${vm.ramMib()}"/></fmt:message></td>
                <td data-label="${fn:escapeXml(lAddress)}"><c:out value="${vm.ipAddress()}"/></td>
                <td data-label="${fn:escapeXml(lCreated)}"><c:out value="${row.created}"/></td>
                <td data-label="${fn:escapeXml(lActions)}">
                  <div class="park-cloud__buttons">
                    <c:if test="${row.stopped}">
                      <form method="post" action="<portlet:actionURL name='start'/>"><input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="name" value="${fn:escapeXml(vm.name())}"><button type="submit" data-op="start"><fmt:message key="op.start"/></button></form>
                    </c:if>
                    <c:if test="${row.running}">
                      <form method="post" action="<portlet:actionURL name='stop'/>"><input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="name" value="${fn:escapeXml(vm.name())}"><button type="submit" data-op="stop"><fmt:message key="op.stop"/></button></form>
                      <form method="post" action="<portlet:actionURL name='reboot'/>"><input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="name" value="${fn:escapeXml(vm.name())}"><button type="submit" data-op="reboot"><fmt:message key="op.reboot"/></button></form>
                    </c:if>
                    <c:if test="${not row.destroyed}">
                      <a href="${fn:escapeXml(row.destroyUrl)}" data-op="ask-destroy"><fmt:message key="op.destroy"/></a>
                    </c:if>
                  </div>
                </td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </c:otherwise>
    </c:choose>

    <c:if test="${not empty detachedDisks}">
      <h3><fmt:message key="detached.heading"/></h3>
      <p class="park-cloud__hint"><fmt:message key="detached.hint"/></p>
      <c:set var="lSize"><fmt:message key="column.size"/></c:set>
      <c:set var="lZone"><fmt:message key="column.zone"/></c:set>
      <c:set var="lSince"><fmt:message key="column.since"/></c:set>
      <c:set var="lActions"><fmt:message key="column.actions"/></c:set>
      <table class="park-cloud__detached">
        <thead><tr>
          <th scope="col"><fmt:message key="column.name"/></th>
          <th scope="col" class="park-cloud__num"><fmt:message key="column.size"/></th>
          <th scope="col"><fmt:message key="column.zone"/></th>
          <th scope="col"><fmt:message key="column.since"/></th>
          <th scope="col"><fmt:message key="column.actions"/></th>
        </tr></thead>
        <tbody>
          <c:forEach var="row" items="${detachedDisks}">
            <c:set var="d" value="${row.disk}"/>
            <tr data-detached-id="${d.id()}" data-volume-name="${fn:escapeXml(d.name())}" data-zone-id="${d.zoneId()}">
              <th scope="row"><c:out value="${d.name()}"/></th>
              <td class="park-cloud__num" data-label="${fn:escapeXml(lSize)}"><fmt:message key="size.gb"><fmt:param value="${d.sizeGb()}"/></fmt:message></td>
              <td data-label="${fn:escapeXml(lZone)}"><c:out value="${row.zone}"/></td>
              <td data-label="${fn:escapeXml(lSince)}"><c:out value="${row.since}"/></td>
              <td data-label="${fn:escapeXml(lActions)}"><div class="park-cloud__buttons">
                <c:choose>
                  <c:when test="${empty row.targets}"><span class="park-cloud__hint" data-hint="no-server-in-zone"><fmt:message key="attach.noServer"/></span></c:when>
                  <c:otherwise>
                    <form method="post" action="<portlet:actionURL name='attach'/>">
                      <input type="hidden" name="volume" value="${d.id()}"><input type="hidden" name="volumeName" value="${fn:escapeXml(d.name())}">
                      <label><span class="park-cloud__hint"><fmt:message key="field.attachTo"/></span>
                        <select name="vm">
                          <c:forEach var="t" items="${row.targets}">
                            <option value="${t.id()}" ${t.id() == row.chosen ? 'selected' : ''}><c:out value="${t.name()}"/></option>
                          </c:forEach>
                        </select>
                      </label>
                      <button type="submit" data-op="attach"><fmt:message key="op.attach"/></button>
                    </form>
                  </c:otherwise>
                </c:choose>
                <a href="${fn:escapeXml(row.deleteUrl)}" data-op="ask-delete-disk"><fmt:message key="op.deleteDetached"/></a>
              </div></td>
            </tr>
          </c:forEach>
        </tbody>
      </table>
    </c:if>

    <c:if test="${not empty openRefusal}">
      <p class="portlet-msg-error" role="alert" data-outcome="refused" data-open-refused><c:out value="${openRefusal}"/></p>
    </c:if>
    <c:if test="${not empty opened}">
      <c:set var="vm" value="${opened.vm}"/>
      <section class="park-cloud__opened" data-opened-vm="${vm.id()}">
        <h3><fmt:message key="opened.heading"><fmt:param><c:out value="${vm.name()}"/></fmt:param></fmt:message></h3>
        <p><c:out value="${opened.state}"/> · <fmt:message key="offering.size"><fmt:param><c:out value="${vm.offering()}"/></fmt:param><fmt:param value="${vm.vcpus()}"/><fmt:param value="${vm.ramMib()}"/></fmt:message> · <c:out value="${vm.ipAddress()}"/></p>

        <c:if test="${not opened.destroyed}">
          <h4><fmt:message key="changeOffering.heading"/></h4>
          <c:choose>
            <c:when test="${opened.stopped}">
              <form method="post" action="<portlet:actionURL name='changeOffering'/>">
                <input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="opened" value="true"><input type="hidden" name="name" value="${fn:escapeXml(vm.name())}">
                <div class="park-cloud__fields">
                  <label><fmt:message key="column.offering"/>
                    <select name="offering">
                      <c:forEach var="o" items="${computeOfferings}">
                        <option value="${o.id()}" data-code="${fn:escapeXml(o.code())}" ${o.id() == vm.offeringId() ? 'selected' : ''}><c:out value="${o.name()}"/><c:if test="${o.custom()}"> (${o.minVcpus()}–${o.maxVcpus()} vCPU, ${o.minRamMib()}–${o.maxRamMib()} MiB)</c:if></option>
                      </c:forEach>
                    </select>
                  </label>
                  <label><fmt:message key="field.vcpus"/><input type="number" name="vcpus" min="1" inputmode="numeric"></label>
                  <label><fmt:message key="field.ram"/><input type="number" name="ram" min="1" step="256" inputmode="numeric"></label>
                  <button type="submit" data-op="changeOffering"><fmt:message key="op.changeOffering"/></button>
                </div>
                <p class="park-cloud__hint"><fmt:message key="changeOffering.hint"/></p>
              </form>
            </c:when>
            <c:otherwise><p class="park-cloud__hint" data-hint="stop-first"><fmt:message key="changeOffering.stopFirst"/></p></c:otherwise>
          </c:choose>

          <h4><fmt:message key="disks.heading"/></h4>
          <table class="park-cloud__volumes">
            <thead><tr>
              <th scope="col"><fmt:message key="column.name"/></th>
              <th scope="col"><fmt:message key="column.kind"/></th>
              <th scope="col" class="park-cloud__num"><fmt:message key="column.size"/></th>
              <th scope="col"><fmt:message key="column.actions"/></th>
            </tr></thead>
            <tbody>
              <c:forEach var="d" items="${volumes}">
                <tr data-volume-id="${d.id()}" data-kind="${d.kind()}">
                  <th scope="row"><c:out value="${d.name()}"/></th>
                  <td><fmt:message key="kind.${d.kind()}"/></td>
                  <td class="park-cloud__num"><fmt:message key="size.gb"><fmt:param value="${d.sizeGb()}"/></fmt:message></td>
                  <td><div class="park-cloud__buttons">
                    <form method="post" action="<portlet:actionURL name='snapshot'/>"><input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="opened" value="true"><input type="hidden" name="volume" value="${d.id()}"><input type="hidden" name="volumeName" value="${fn:escapeXml(d.name())}"><button type="submit" data-op="snapshot"><fmt:message key="op.snapshot"/></button></form>
                    <c:if test="${d.kind() == 'DATA'}">
                      <form method="post" action="<portlet:actionURL name='detach'/>"><input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="opened" value="true"><input type="hidden" name="volume" value="${d.id()}"><input type="hidden" name="volumeName" value="${fn:escapeXml(d.name())}"><button type="submit" data-op="detach"><fmt:message key="op.detach"/></button></form>
                      <form method="post" action="<portlet:actionURL name='deleteDisk'/>"><input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="opened" value="true"><input type="hidden" name="volume" value="${d.id()}"><input type="hidden" name="volumeName" value="${fn:escapeXml(d.name())}"><button type="submit" data-op="deleteDisk"><fmt:message key="op.deleteDisk"/></button></form>
                    </c:if>
                  </div></td>
                </tr>
              </c:forEach>
            </tbody>
          </table>
          <c:if test="${not empty diskOfferings}">
            <form method="post" action="<portlet:actionURL name='addDisk'/>">
              <input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="opened" value="true"><input type="hidden" name="name" value="${fn:escapeXml(vm.name())}">
              <div class="park-cloud__fields">
                <label><fmt:message key="field.disk"/>
                  <select name="disk">
                    <c:forEach var="o" items="${diskOfferings}">
                      <option value="${o.id()}" data-code="${fn:escapeXml(o.code())}"><c:out value="${o.name()}"/><c:if test="${o.custom()}"> (${o.minGb()}–${o.maxGb()} GB)</c:if><c:if test="${not o.custom()}"> (${o.minGb()} GB)</c:if></option>
                    </c:forEach>
                  </select>
                </label>
                <label><fmt:message key="field.diskGb"/><input type="number" name="diskGb" min="1" inputmode="numeric"></label>
                <button type="submit" data-op="addDisk"><fmt:message key="op.addDisk"/></button>
              </div>
            </form>
          </c:if>

          <h4><fmt:message key="snapshots.heading"/></h4>
          <c:choose>
            <c:when test="${empty snapshots}"><p class="park-cloud__empty"><fmt:message key="snapshots.none"/></p></c:when>
            <c:otherwise>
              <ul class="park-cloud__snapshots">
                <c:forEach var="s" items="${snapshots}">
                  <li data-snapshot-id="${s.id()}"><fmt:message key="snapshot.line"><fmt:param value="${s.id()}"/><fmt:param value="${s.sizeGb()}"/><fmt:param><c:out value="${snapshotTimes[s.id()]}"/></fmt:param></fmt:message>
                    <form method="post" action="<portlet:actionURL name='deleteSnapshot'/>" class="park-cloud__inline"><input type="hidden" name="vm" value="${vm.id()}"><input type="hidden" name="opened" value="true"><input type="hidden" name="snapshot" value="${s.id()}"><button type="submit" data-op="deleteSnapshot"><fmt:message key="op.deleteSnapshot"/></button></form></li>
                </c:forEach>
              </ul>
            </c:otherwise>
          </c:choose>
        </c:if>
        <p><a href="${fn:escapeXml(listUrl)}"><fmt:message key="back"/></a></p>
      </section>
    </c:if>

    <h3><fmt:message key="orders.heading"/></h3>
    <c:choose>
      <c:when test="${empty orders}"><p class="park-cloud__empty" data-empty="orders"><fmt:message key="orders.none"/></p></c:when>
      <c:otherwise>
        <c:set var="lStatus"><fmt:message key="column.status"/></c:set>
        <c:set var="lPrice"><fmt:message key="column.price"/></c:set>
        <c:set var="lOrdered"><fmt:message key="column.ordered"/></c:set>
        <c:set var="lDecided"><fmt:message key="column.decided"/></c:set>
        <c:set var="lReason"><fmt:message key="column.reason"/></c:set>
        <table class="park-cloud__orders">
          <thead><tr>
            <th scope="col"><fmt:message key="column.name"/></th>
            <th scope="col"><fmt:message key="column.status"/></th>
            <th scope="col" class="park-cloud__num"><fmt:message key="column.price"/></th>
            <th scope="col"><fmt:message key="column.ordered"/></th>
            <th scope="col"><fmt:message key="column.decided"/></th>
            <th scope="col"><fmt:message key="column.reason"/></th>
          </tr></thead>
          <tbody>
            <c:forEach var="row" items="${orders}">
              <c:set var="o" value="${row.order}"/>
              <tr data-order-id="${fn:escapeXml(o.id())}" data-status="${o.status()}">
                <th scope="row"><c:out value="${o.name()}"/><br><small><c:out value="${o.id()}"/></small></th>
                <td data-label="${fn:escapeXml(lStatus)}"><c:out value="${row.status}"/></td>
                <td class="park-cloud__num" data-label="${fn:escapeXml(lPrice)}"><fmt:message key="price.monthly"><fmt:param><fmt:formatNumber value="${o.monthlyEstimate()}" minFractionDigits="2" maxFractionDigits="2"/></fmt:param><fmt:param><c:out value="${o.currency()}"/></fmt:param></fmt:message></td>
                <td data-label="${fn:escapeXml(lOrdered)}"><c:out value="${row.created}"/><c:if test="${o.requestedBy() != me}"><br><small><c:out value="${o.requestedBy()}"/></small></c:if></td>
                <td data-label="${fn:escapeXml(lDecided)}"><c:if test="${not empty o.decidedBy()}"><span data-decided-by="${fn:escapeXml(o.decidedBy())}"><c:choose><c:when test="${row.autoApproved}"><fmt:message key="decided.auto"/></c:when><c:otherwise><c:out value="${o.decidedBy()}"/></c:otherwise></c:choose></span><br><small><c:out value="${row.decided}"/></small></c:if></td>
                <td data-label="${fn:escapeXml(lReason)}" data-reason><c:out value="${row.reason}"/></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </c:otherwise>
    </c:choose>
  </c:otherwise>
</c:choose>
</div>
