<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-cloud park-cloud--order">
<c:choose>
  <c:when test="${guest}">
    <p class="portlet-msg-info"><fmt:message key="guest"/></p>
  </c:when>

  <c:when test="${not empty placed}">
    <section class="park-cloud__placed" data-order-id="${fn:escapeXml(placed.id())}" data-status="${placed.status()}">
      <h3><fmt:message key="placed.heading"/></h3>
      <p class="portlet-msg-success" role="status">
        <fmt:message key="placed.text">
          <fmt:param><c:out value="${placed.name()}"/></fmt:param>
          <fmt:param><c:out value="${placed.id()}"/></fmt:param>
          <fmt:param><c:out value="${placedStatus}"/></fmt:param>
        </fmt:message>
      </p>
      <c:choose>
        <c:when test="${placed.status() == 'PENDING_APPROVAL'}"><p><fmt:message key="placed.pending"/></p></c:when>
        <c:otherwise><p><fmt:message key="placed.underway"/></p></c:otherwise>
      </c:choose>
      <p><a href="${fn:escapeXml(newOrderUrl)}"><fmt:message key="placed.another"/></a></p>
    </section>
  </c:when>

  <c:when test="${not empty refusal and empty zones}">
    <p class="portlet-msg-error" role="alert" data-outcome="refused"><c:out value="${refusal}"/></p>
    <p><a href="${fn:escapeXml(newOrderUrl)}"><fmt:message key="placed.another"/></a></p>
  </c:when>

  <c:when test="${empty zones}">
    <p class="portlet-msg-info park-cloud__empty"><fmt:message key="noZones"/></p>
  </c:when>

  <c:otherwise>
    <form class="park-cloud__wizard" method="post" action="<portlet:actionURL name='wizard'/>">
      <%@ include file="outcome.jspf" %>

      <fieldset class="park-cloud__step" data-step="zone">
        <legend><fmt:message key="step.zone"/></legend>
        <div class="park-cloud__fields">
          <label><fmt:message key="field.zone"/>
            <select name="zone" id="${ns}zone">
              <c:forEach var="z" items="${zones}">
                <option value="${z.id()}" ${z.id() == zoneId ? 'selected' : ''}><c:out value="${z.name()}"/></option>
              </c:forEach>
            </select>
          </label>
          <button type="submit" name="op" value="update" formnovalidate data-op="update"><fmt:message key="op.update"/></button>
        </div>
        <c:if test="${not empty refusal}"><p class="portlet-msg-error" role="alert"><c:out value="${refusal}"/></p></c:if>
      </fieldset>

      <c:if test="${not empty orderable}">
        <fieldset class="park-cloud__step" data-step="template">
          <legend><fmt:message key="step.template"/></legend>
          <div class="park-cloud__fields">
            <label><fmt:message key="field.template"/>
              <select name="template">
                <c:forEach var="t" items="${orderable.templates()}">
                  <option value="${t.id()}" ${('' += t.id()) eq form.template ? 'selected' : ''}><c:out value="${t.name()}"/> (<c:out value="${t.osType()}"/>, ${t.sizeGb()} GB)</option>
                </c:forEach>
              </select>
            </label>
          </div>
        </fieldset>

        <fieldset class="park-cloud__step" data-step="offering">
          <legend><fmt:message key="step.offering"/></legend>
          <div class="park-cloud__fields">
            <label><fmt:message key="field.offering"/>
              <select name="offering">
                <c:forEach var="o" items="${orderable.computeOfferings()}">
                  <option value="${o.id()}" data-code="${fn:escapeXml(o.code())}" data-custom="${o.custom()}" ${('' += o.id()) eq form.offering ? 'selected' : ''}>
                    <c:choose>
                      <c:when test="${o.custom()}"><fmt:message key="offering.custom"><fmt:param><c:out value="${o.name()}"/></fmt:param></fmt:message></c:when>
                      <c:otherwise><fmt:message key="offering.fixed"><fmt:param><c:out value="${o.name()}"/></fmt:param><fmt:param value="${o.minVcpus()}"/><fmt:param value="${o.mhzPerVcpu()}"/><fmt:param value="${o.minRamMib()}"/></fmt:message></c:otherwise>
                    </c:choose>
                  </option>
                </c:forEach>
              </select>
            </label>
            <c:if test="${not empty customOfferings}">
              <c:set var="limits" value="${empty customOffering ? customOfferings[0] : customOffering}"/>
              <label><fmt:message key="field.vcpus"/>
                <input type="number" name="vcpus" value="${fn:escapeXml(form.vcpus)}" min="${limits.minVcpus()}" max="${limits.maxVcpus()}" inputmode="numeric"></label>
              <label><fmt:message key="field.ram"/>
                <input type="number" name="ram" value="${fn:escapeXml(form.ram)}" min="${limits.minRamMib()}" max="${limits.maxRamMib()}" step="256" inputmode="numeric"></label>
            </c:if>
          </div>
          <c:forEach var="o" items="${customOfferings}">
            <p class="park-cloud__hint"><fmt:message key="offering.limits"><fmt:param><c:out value="${o.name()}"/></fmt:param><fmt:param value="${o.minVcpus()}"/><fmt:param value="${o.maxVcpus()}"/><fmt:param value="${o.minRamMib()}"/><fmt:param value="${o.maxRamMib()}"/></fmt:message></p>
          </c:forEach>
        </fieldset>

        <fieldset class="park-cloud__step" data-step="disk">
          <legend><fmt:message key="step.disk"/></legend>
          <div class="park-cloud__fields">
            <label><fmt:message key="field.disk"/>
              <select name="disk">
                <option value=""><fmt:message key="disk.none"/></option>
                <c:forEach var="d" items="${orderable.diskOfferings()}">
                  <option value="${d.id()}" data-code="${fn:escapeXml(d.code())}" ${('' += d.id()) eq form.disk ? 'selected' : ''}>
                    <c:choose>
                      <c:when test="${d.custom()}"><fmt:message key="disk.custom"><fmt:param><c:out value="${d.name()}"/></fmt:param></fmt:message></c:when>
                      <c:otherwise><fmt:message key="disk.fixed"><fmt:param><c:out value="${d.name()}"/></fmt:param><fmt:param value="${d.minGb()}"/></fmt:message></c:otherwise>
                    </c:choose>
                  </option>
                </c:forEach>
              </select>
            </label>
            <c:if test="${not empty customDisks}">
              <label><fmt:message key="field.diskGb"/>
                <input type="number" name="diskGb" value="${fn:escapeXml(form.diskGb)}" min="${customDisks[0].minGb()}" max="${customDisks[0].maxGb()}" inputmode="numeric"></label>
            </c:if>
          </div>
          <c:forEach var="d" items="${customDisks}">
            <p class="park-cloud__hint"><fmt:message key="disk.limits"><fmt:param><c:out value="${d.name()}"/></fmt:param><fmt:param value="${d.minGb()}"/><fmt:param value="${d.maxGb()}"/></fmt:message></p>
          </c:forEach>
        </fieldset>

        <fieldset class="park-cloud__step" data-step="network">
          <legend><fmt:message key="step.network"/></legend>
          <div class="park-cloud__fields">
            <label><fmt:message key="field.network"/>
              <select name="network">
                <option value=""><fmt:message key="network.default"/></option>
                <c:forEach var="n" items="${orderable.networkOfferings()}">
                  <option value="${n.id()}" ${('' += n.id()) eq form.network ? 'selected' : ''}><c:out value="${n.name()}"/></option>
                </c:forEach>
              </select>
            </label>
          </div>
        </fieldset>

        <fieldset class="park-cloud__step" data-step="name">
          <legend><fmt:message key="step.name"/></legend>
          <div class="park-cloud__fields">
            <label><fmt:message key="field.name"/>
              <input type="text" name="name" value="${fn:escapeXml(form.name)}" maxlength="63" autocomplete="off" spellcheck="false"></label>
          </div>
          <p class="park-cloud__hint"><fmt:message key="name.hint"/></p>
        </fieldset>

        <div class="park-cloud__buttons">
          <button type="submit" name="op" value="price" data-op="price"><fmt:message key="op.price"/></button>
          <button type="submit" name="op" value="order" data-op="order"><fmt:message key="op.order"/></button>
        </div>

        <c:if test="${not empty outcome.quote}">
          <c:set var="q" value="${outcome.quote}"/>
          <section class="park-cloud__quote" data-quote data-needs-approval="${q.needsApproval}" aria-live="polite">
            <h3><fmt:message key="quote.heading"/></h3>
            <p>
              <span data-price="hourly"><fmt:message key="quote.hourly"><fmt:param><fmt:formatNumber value="${q.hourly}" minFractionDigits="2" maxFractionDigits="4"/></fmt:param><fmt:param><c:out value="${q.currency}"/></fmt:param></fmt:message></span><br>
              <strong data-price="monthly"><fmt:message key="quote.monthly"><fmt:param><fmt:formatNumber value="${q.monthly}" minFractionDigits="2" maxFractionDigits="2"/></fmt:param><fmt:param><c:out value="${q.currency}"/></fmt:param></fmt:message></strong>
            </p>
            <p data-approval>
              <c:choose>
                <c:when test="${q.needsApproval}"><fmt:message key="quote.needsApproval"/></c:when>
                <c:otherwise><fmt:message key="quote.approvedAtOnce"/></c:otherwise>
              </c:choose>
            </p>
            <c:if test="${q.passesAny}">
              <p class="portlet-msg-error" role="alert" data-passes-limits><fmt:message key="quote.passesLimits"/></p>
            </c:if>
            <table class="park-cloud__use">
              <thead><tr>
                <th scope="col"><fmt:message key="use.resource"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="use.inUse"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="use.asked"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="use.after"/></th>
                <th scope="col" class="park-cloud__num"><fmt:message key="use.limit"/></th>
              </tr></thead>
              <tbody>
                <c:set var="lInUse"><fmt:message key="use.inUse"/></c:set>
                <c:set var="lAsked"><fmt:message key="use.asked"/></c:set>
                <c:set var="lAfter"><fmt:message key="use.after"/></c:set>
                <c:set var="lLimit"><fmt:message key="use.limit"/></c:set>
                <c:forEach var="r" items="${q.rows}">
                  <c:set var="over" value="${r.over}"/>
                  <tr data-use="${r.name}" data-limit="${empty r.limit ? '' : r.limit}" data-passes="${over}" class="${over ? 'park-cloud__over' : ''}"><th scope="row"><fmt:message key="use.${r.name}"/></th>
                    <td class="park-cloud__num" data-label="${fn:escapeXml(lInUse)}">${r.inUse}</td><td class="park-cloud__num" data-label="${fn:escapeXml(lAsked)}">${r.asked}</td><td class="park-cloud__num" data-label="${fn:escapeXml(lAfter)}"><c:choose><c:when test="${over}"><strong>${r.after}</strong> <span data-over><fmt:message key="use.over"/></span></c:when><c:otherwise>${r.after}</c:otherwise></c:choose></td>
                    <td class="park-cloud__num" data-label="${fn:escapeXml(lLimit)}"><c:choose><c:when test="${empty r.limit}"><fmt:message key="use.noLimit"/></c:when><c:otherwise>${r.limit}</c:otherwise></c:choose></td></tr>
                </c:forEach>
              </tbody>
            </table>
            <p class="park-cloud__hint"><fmt:message key="use.limitsHint"/></p>
          </section>
        </c:if>
      </c:if>
    </form>
  </c:otherwise>
</c:choose>
</div>
