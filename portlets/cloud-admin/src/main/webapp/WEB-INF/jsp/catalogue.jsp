<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Codes, names, tags and tenants were typed by operators: always escaped. A refused form is shown again with what
     was typed into it (notice.values), every other form with its current values or empty. --%>
<div class="park-cloud park-cloud--catalogue">
<%@ include file="notice.jspf" %>
<c:choose>
  <c:when test="${not empty refused}">
    <p class="portlet-msg-error park-cloud__refused" role="alert" data-refused="${fn:escapeXml(refused)}"><fmt:message key="${refused}"/></p>
  </c:when>
  <c:otherwise>
    <c:forEach var="kind" items="${kinds}">
      <h3><fmt:message key="kind.${kind}"/></h3>
      <table class="park-cloud__catalogue" data-kind="${kind}">
        <thead><tr>
          <th scope="col"><fmt:message key="column.code"/></th>
          <th scope="col"><fmt:message key="column.name"/></th>
          <th scope="col"><fmt:message key="column.details"/></th>
          <th scope="col"><fmt:message key="column.visibility"/></th>
          <th scope="col"><fmt:message key="column.billingItems"/></th>
          <th scope="col"><fmt:message key="column.state"/></th>
        </tr></thead>
        <tbody>
          <c:forEach var="e" items="${items[kind]}">
            <c:set var="f" value="${e.figures()}"/>
            <c:set var="tenants" value=""/>
            <c:forEach var="t" items="${e.tenants()}" varStatus="s"><c:set var="tenants" value="${tenants}${s.first ? '' : ', '}${t}"/></c:forEach>
            <tr data-kind="${kind}" data-id="${e.id()}" data-code="${fn:escapeXml(e.code())}" data-name="${fn:escapeXml(e.name())}"
                data-tenants="${fn:escapeXml(tenants)}" data-retired="${e.retired()}">
              <td><c:out value="${e.code()}"/></td>
              <td><c:out value="${e.name()}"/></td>
              <td><c:choose>
                <c:when test="${kind eq 'COMPUTE'}">
                  <c:choose>
                    <c:when test="${f.custom()}"><fmt:message key="details.computeCustom">
                      <fmt:param value="${f.minVcpus()}"/><fmt:param value="${f.maxVcpus()}"/><fmt:param><fmt:formatNumber value="${f.mhzPerVcpu()}"/></fmt:param>
                      <fmt:param><fmt:formatNumber value="${f.minRamMib()}"/></fmt:param><fmt:param><fmt:formatNumber value="${f.maxRamMib()}"/></fmt:param></fmt:message></c:when>
                    <c:otherwise><fmt:message key="details.compute">
                      <fmt:param value="${f.minVcpus()}"/><fmt:param><fmt:formatNumber value="${f.mhzPerVcpu()}"/></fmt:param>
                      <fmt:param><fmt:formatNumber value="${f.minRamMib()}"/></fmt:param></fmt:message></c:otherwise>
                  </c:choose>
                  <c:if test="${not empty f.hostTags()}"> · <fmt:message key="form.hostTags"/>: <c:forEach var="t" items="${f.hostTags()}" varStatus="s"><c:out value="${t}"/><c:if test="${not s.last}">, </c:if></c:forEach></c:if>
                  <c:if test="${not empty f.storageTags()}"> · <fmt:message key="form.storageTags"/>: <c:forEach var="t" items="${f.storageTags()}" varStatus="s"><c:out value="${t}"/><c:if test="${not s.last}">, </c:if></c:forEach></c:if>
                  · <c:choose><c:when test="${empty f.strategy()}"><fmt:message key="strategy.zone"/></c:when><c:otherwise><fmt:message key="strategy.${f.strategy()}"/></c:otherwise></c:choose>
                </c:when>
                <c:when test="${kind eq 'DISK'}">
                  <c:choose>
                    <c:when test="${f.custom()}"><fmt:message key="details.diskCustom"><fmt:param><fmt:formatNumber value="${f.minGb()}"/></fmt:param><fmt:param><fmt:formatNumber value="${f.maxGb()}"/></fmt:param></fmt:message></c:when>
                    <c:otherwise><fmt:message key="details.disk"><fmt:param><fmt:formatNumber value="${f.minGb()}"/></fmt:param></fmt:message></c:otherwise>
                  </c:choose>
                  <c:if test="${not empty f.storageTags()}"> · <fmt:message key="form.storageTags"/>: <c:forEach var="t" items="${f.storageTags()}" varStatus="s"><c:out value="${t}"/><c:if test="${not s.last}">, </c:if></c:forEach></c:if>
                </c:when>
                <c:when test="${kind eq 'NETWORK'}">
                  <fmt:message key="form.sourceNat"/>: <fmt:message key="${f.sourceNat() ? 'yes' : 'no'}"/> ·
                  <fmt:message key="form.firewall"/>: <fmt:message key="${f.firewall() ? 'yes' : 'no'}"/> ·
                  <fmt:message key="form.loadBalancer"/>: <fmt:message key="${f.loadBalancer() ? 'yes' : 'no'}"/> ·
                  <fmt:message key="form.dhcp"/>: <fmt:message key="${f.dhcp() ? 'yes' : 'no'}"/> ·
                  <fmt:message key="form.dns"/>: <fmt:message key="${f.dns() ? 'yes' : 'no'}"/>
                </c:when>
                <c:otherwise><fmt:message key="details.image"><fmt:param><c:out value="${e.zone()}"/></fmt:param>
                  <fmt:param><c:out value="${f.osType()}"/></fmt:param><fmt:param><fmt:formatNumber value="${f.minGb()}"/></fmt:param></fmt:message></c:otherwise>
              </c:choose></td>
              <td>
                <c:choose>
                  <c:when test="${e.visibleToAll()}"><fmt:message key="visibility.all"/></c:when>
                  <c:otherwise><fmt:message key="visibility.tenants"><fmt:param><c:out value="${tenants}"/></fmt:param></fmt:message></c:otherwise>
                </c:choose>
                <c:if test="${not e.retired()}">
                  <c:set var="rowForm" value="visibility:${kind}:${e.id()}"/>
                  <form class="park-cloud__visibility" method="post" action="<portlet:actionURL name='changeVisibility'/>">
                    <input type="hidden" name="kind" value="${kind}">
                    <input type="hidden" name="id" value="${e.id()}">
                    <input type="hidden" name="item" value="${fn:escapeXml(empty e.code() ? e.name() : e.code())}">
                    <label><fmt:message key="visibility.label"/><input type="text" name="tenants" size="16"
                      value="${fn:escapeXml(notice.form eq rowForm ? notice.values.tenants : tenants)}"></label>
                    <button type="submit"><fmt:message key="visibility.submit"/></button>
                  </form>
                </c:if>
              </td>
              <td><c:forEach var="b" items="${e.billingItems()}" varStatus="s"><code><c:out value="${b}"/></code><c:if test="${not s.last}"><br></c:if></c:forEach></td>
              <td>
                <c:choose>
                  <c:when test="${e.retired()}"><fmt:message key="state.retired"/></c:when>
                  <c:otherwise><fmt:message key="state.orderable"/>
                    <form class="park-cloud__retire" method="post" action="<portlet:actionURL name='retire'/>">
                      <input type="hidden" name="kind" value="${kind}">
                      <input type="hidden" name="id" value="${e.id()}">
                      <input type="hidden" name="item" value="${fn:escapeXml(empty e.code() ? e.name() : e.code())}">
                      <button type="submit"><fmt:message key="retire.submit"/></button>
                    </form>
                  </c:otherwise>
                </c:choose>
              </td>
            </tr>
          </c:forEach>
          <c:if test="${empty items[kind]}"><tr><td colspan="6"><fmt:message key="none"/></td></tr></c:if>
        </tbody>
      </table>
    </c:forEach>

    <h3><fmt:message key="create.heading"/></h3>
    <p><fmt:message key="create.hint"/></p>

    <c:set var="v" value="${notice.form eq 'compute' ? notice.values : null}"/>
    <form class="park-cloud__create-compute" method="post" action="<portlet:actionURL name='createCompute'/>">
      <fieldset><legend><fmt:message key="kind.COMPUTE"/></legend>
      <label><fmt:message key="column.code"/><input type="text" name="code" maxlength="50" value="${fn:escapeXml(v.code)}"></label>
      <label><fmt:message key="column.name"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
      <label><fmt:message key="form.size"/><select name="size">
        <option value="fixed"><fmt:message key="size.fixed"/></option>
        <option value="custom" <c:if test="${v.size eq 'custom'}">selected</c:if>><fmt:message key="size.custom"/></option></select></label>
      <label><fmt:message key="form.vcpus"/><input type="text" name="vcpus" inputmode="numeric" size="4" value="${fn:escapeXml(v.vcpus)}"></label>
      <label><fmt:message key="form.maxVcpus"/><input type="text" name="maxVcpus" inputmode="numeric" size="4" value="${fn:escapeXml(v.maxVcpus)}"></label>
      <label><fmt:message key="form.ramMib"/><input type="text" name="ramMib" inputmode="numeric" size="7" value="${fn:escapeXml(v.ramMib)}"></label>
      <label><fmt:message key="form.maxRamMib"/><input type="text" name="maxRamMib" inputmode="numeric" size="7" value="${fn:escapeXml(v.maxRamMib)}"></label>
      <label><fmt:message key="form.mhzPerVcpu"/><input type="text" name="mhzPerVcpu" inputmode="numeric" size="6" value="${fn:escapeXml(v.mhzPerVcpu)}"></label>
      <label><fmt:message key="form.hostTags"/><input type="text" name="hostTags" value="${fn:escapeXml(v.hostTags)}"></label>
      <label><fmt:message key="form.storageTags"/><input type="text" name="storageTags" value="${fn:escapeXml(v.storageTags)}"></label>
      <label><fmt:message key="form.strategy"/><select name="strategy">
        <option value=""><fmt:message key="strategy.zone"/></option>
        <c:forEach var="s" items="${strategies}"><option value="${s}" <c:if test="${v.strategy eq s.name()}">selected</c:if>><fmt:message key="strategy.${s}"/></option></c:forEach></select></label>
      <label><fmt:message key="form.tenants"/><input type="text" name="tenants" value="${fn:escapeXml(v.tenants)}"></label>
      <button type="submit"><fmt:message key="compute.submit"/></button>
      </fieldset>
    </form>

    <c:set var="v" value="${notice.form eq 'disk' ? notice.values : null}"/>
    <form class="park-cloud__create-disk" method="post" action="<portlet:actionURL name='createDisk'/>">
      <fieldset><legend><fmt:message key="kind.DISK"/></legend>
      <label><fmt:message key="column.code"/><input type="text" name="code" maxlength="50" value="${fn:escapeXml(v.code)}"></label>
      <label><fmt:message key="column.name"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
      <label><fmt:message key="form.size"/><select name="size">
        <option value="fixed"><fmt:message key="size.fixed"/></option>
        <option value="custom" <c:if test="${v.size eq 'custom'}">selected</c:if>><fmt:message key="size.custom"/></option></select></label>
      <label><fmt:message key="form.minGb"/><input type="text" name="minGb" inputmode="numeric" size="6" value="${fn:escapeXml(v.minGb)}"></label>
      <label><fmt:message key="form.maxGb"/><input type="text" name="maxGb" inputmode="numeric" size="6" value="${fn:escapeXml(v.maxGb)}"></label>
      <label><fmt:message key="form.storageTags"/><input type="text" name="storageTags" value="${fn:escapeXml(v.storageTags)}"></label>
      <label><fmt:message key="form.tenants"/><input type="text" name="tenants" value="${fn:escapeXml(v.tenants)}"></label>
      <button type="submit"><fmt:message key="disk.submit"/></button>
      </fieldset>
    </form>

    <c:if test="${not empty storages}">
      <c:set var="v" value="${notice.form eq 'image' ? notice.values : null}"/>
      <form class="park-cloud__register-image" method="post" action="<portlet:actionURL name='registerImage'/>">
        <fieldset><legend><fmt:message key="image.legend"/></legend>
        <label><fmt:message key="form.kind"/><select name="kind">
          <option value="TEMPLATE"><fmt:message key="kind.TEMPLATE"/></option>
          <option value="ISO" <c:if test="${v.kind eq 'ISO'}">selected</c:if>><fmt:message key="kind.ISO"/></option></select></label>
        <label><fmt:message key="form.storage"/><select name="storage">
          <c:forEach var="s" items="${storages}"><option value="${s.key}" <c:if test="${v.storage eq s.key.toString()}">selected</c:if>><c:out value="${s.value}"/></option></c:forEach></select></label>
        <label><fmt:message key="column.name"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
        <label><fmt:message key="form.osType"/><input type="text" name="osType" maxlength="100" value="${fn:escapeXml(v.osType)}"></label>
        <label><fmt:message key="form.sizeGb"/><input type="text" name="sizeGb" inputmode="numeric" size="6" value="${fn:escapeXml(v.sizeGb)}"></label>
        <label><fmt:message key="form.tenants"/><input type="text" name="tenants" value="${fn:escapeXml(v.tenants)}"></label>
        <button type="submit"><fmt:message key="image.submit"/></button>
        </fieldset>
      </form>
    </c:if>

    <c:set var="v" value="${notice.form eq 'network' ? notice.values : null}"/>
    <form class="park-cloud__create-network-offering" method="post" action="<portlet:actionURL name='createNetwork'/>">
      <fieldset><legend><fmt:message key="kind.NETWORK"/></legend>
      <label><fmt:message key="column.code"/><input type="text" name="code" maxlength="50" value="${fn:escapeXml(v.code)}"></label>
      <label><fmt:message key="column.name"/><input type="text" name="name" maxlength="100" value="${fn:escapeXml(v.name)}"></label>
      <label><input type="checkbox" name="sourceNat" value="on" <c:if test="${empty v or not empty v.sourceNat}">checked</c:if>><fmt:message key="form.sourceNat"/></label>
      <label><input type="checkbox" name="firewall" value="on" <c:if test="${empty v or not empty v.firewall}">checked</c:if>><fmt:message key="form.firewall"/></label>
      <label><input type="checkbox" name="loadBalancer" value="on" <c:if test="${not empty v.loadBalancer}">checked</c:if>><fmt:message key="form.loadBalancer"/></label>
      <label><input type="checkbox" name="dhcp" value="on" <c:if test="${empty v or not empty v.dhcp}">checked</c:if>><fmt:message key="form.dhcp"/></label>
      <label><input type="checkbox" name="dns" value="on" <c:if test="${empty v or not empty v.dns}">checked</c:if>><fmt:message key="form.dns"/></label>
      <label><fmt:message key="form.tenants"/><input type="text" name="tenants" value="${fn:escapeXml(v.tenants)}"></label>
      <button type="submit"><fmt:message key="network.submit"/></button>
      </fieldset>
    </form>
  </c:otherwise>
</c:choose>
</div>
