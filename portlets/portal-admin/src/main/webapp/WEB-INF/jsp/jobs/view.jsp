<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<%-- Job names come from code, failure messages from exceptions and user names from the directory: always c:out.
     Times are UTC instants (ISO-8601), as in the audit log. --%>
<div class="park-admin-jobs">
  <%@ include file="../notice.jspf" %>
  <c:choose>
    <c:when test="${forbidden}">
      <p class="portlet-msg-error park-admin-jobs__forbidden" role="alert"><fmt:message key="forbidden"/></p>
    </c:when>
    <c:when test="${empty jobs}">
      <p class="park-admin-jobs__none"><fmt:message key="jobs.none"/></p>
    </c:when>
    <c:otherwise>
      <table class="park-admin-jobs__jobs">
        <thead><tr>
          <th scope="col"><fmt:message key="column.job"/></th>
          <th scope="col"><fmt:message key="column.schedule"/></th>
          <th scope="col"><fmt:message key="column.nextRun"/></th>
          <th scope="col"><fmt:message key="column.lastRun"/></th>
          <th scope="col"><fmt:message key="column.outcome"/></th>
          <th scope="col"><fmt:message key="column.duration"/></th>
          <th scope="col"><fmt:message key="column.lastFailure"/></th>
          <th scope="col"><fmt:message key="column.actions"/></th>
        </tr></thead>
        <tbody>
          <c:forEach var="job" items="${jobs}">
            <c:set var="last" value="${job.lastRun()}"/>
            <c:set var="failure" value="${job.lastFailure()}"/>
            <tr data-job="<c:out value='${job.name()}'/>" data-running="${job.running()}"
                data-outcome="${empty last ? '' : last.outcome()}">
              <td class="park-admin-jobs__title"><c:out value="${titles[job.name()]}"/><br><code><c:out value="${job.name()}"/></code></td>
              <td class="park-admin-jobs__schedule">
                <c:choose>
                  <c:when test="${empty job.schedule()}"><em><fmt:message key="schedule.none"/></em></c:when>
                  <c:otherwise><code title="<fmt:message key='schedule.fields'/>"><c:out value="${job.schedule()}"/></code></c:otherwise>
                </c:choose>
              </td>
              <td class="park-admin-jobs__next">
                <c:if test="${not empty job.nextRun()}"><time datetime="${job.nextRun()}"><c:out value="${job.nextRun()}"/></time></c:if>
              </td>
              <td class="park-admin-jobs__last">
                <c:choose>
                  <c:when test="${empty last}"><em><fmt:message key="run.never"/></em></c:when>
                  <c:otherwise><time datetime="${last.startedAt()}"><c:out value="${last.startedAt()}"/></time></c:otherwise>
                </c:choose>
              </td>
              <td class="park-admin-jobs__outcome">
                <c:if test="${not empty last}"><span class="park-admin-jobs__badge park-admin-jobs__badge--${last.outcome()}"><fmt:message key="outcome.${last.outcome()}"/></span></c:if>
              </td>
              <td class="park-admin-jobs__duration">
                <c:if test="${not empty last and not empty last.durationMillis()}"><fmt:message key="duration"><fmt:param value="${last.durationMillis() / 1000}"/></fmt:message></c:if>
              </td>
              <td class="park-admin-jobs__failure">
                <c:if test="${not empty failure}">
                  <time datetime="${failure.startedAt()}"><c:out value="${failure.startedAt()}"/></time>:
                  <span class="park-admin-jobs__message"><c:out value="${failure.failureMessage()}"/></span>
                </c:if>
              </td>
              <td class="park-admin-jobs__actions">
                <portlet:renderURL var="askUrl"><portlet:param name="job" value="${job.name()}"/><portlet:param name="confirm" value="${job.name()}"/></portlet:renderURL>
                <a class="park-admin-jobs__ask" href="${askUrl}"><fmt:message key="run.ask"/></a>
                <portlet:renderURL var="historyUrl"><portlet:param name="job" value="${job.name()}"/></portlet:renderURL>
                <a class="park-admin-jobs__history-link" href="${historyUrl}"><fmt:message key="history.show"/></a>
              </td>
            </tr>
          </c:forEach>
        </tbody>
      </table>

      <c:if test="${not empty confirm}">
        <portlet:actionURL name="runNow" var="runUrl" copyCurrentRenderParameters="true"/>
        <form class="park-admin-jobs__confirm" method="post" action="${runUrl}" role="alert">
          <input type="hidden" name="job" value="<c:out value='${confirm}'/>">
          <p><fmt:message key="run.confirm"><fmt:param><c:out value="${titles[confirm]}"/></fmt:param></fmt:message></p>
          <button type="submit"><fmt:message key="run.submit"/></button>
          <portlet:renderURL var="cancelUrl"><portlet:param name="job" value="${confirm}"/></portlet:renderURL>
          <a href="${cancelUrl}"><fmt:message key="run.cancel"/></a>
        </form>
      </c:if>

      <section class="park-admin-jobs__history" data-job="<c:out value='${chosen}'/>">
        <h4>
          <c:choose>
            <c:when test="${empty chosen}"><fmt:message key="history.heading"/></c:when>
            <c:otherwise><fmt:message key="history.headingOf"><fmt:param><c:out value="${titles[chosen]}"/></fmt:param></fmt:message></c:otherwise>
          </c:choose>
        </h4>
        <c:if test="${not empty chosen}">
          <portlet:renderURL var="allUrl"/>
          <p><a class="park-admin-jobs__all" href="${allUrl}"><fmt:message key="history.all"/></a></p>
        </c:if>
        <c:choose>
          <c:when test="${empty runs}"><p class="park-admin-jobs__no-runs"><fmt:message key="history.none"/></p></c:when>
          <c:otherwise>
            <table class="park-admin-jobs__runs">
              <thead><tr>
                <th scope="col"><fmt:message key="column.started"/></th>
                <th scope="col"><fmt:message key="column.job"/></th>
                <th scope="col"><fmt:message key="column.trigger"/></th>
                <th scope="col"><fmt:message key="column.node"/></th>
                <th scope="col"><fmt:message key="column.outcome"/></th>
                <th scope="col"><fmt:message key="column.duration"/></th>
                <th scope="col"><fmt:message key="column.failure"/></th>
              </tr></thead>
              <tbody>
                <c:forEach var="run" items="${runs}">
                  <tr data-run="${run.id()}" data-job="<c:out value='${run.job()}'/>" data-outcome="${run.outcome()}" data-trigger="${run.trigger()}">
                    <td><time datetime="${run.startedAt()}"><c:out value="${run.startedAt()}"/></time></td>
                    <td><c:out value="${empty titles[run.job()] ? run.job() : titles[run.job()]}"/></td>
                    <td><fmt:message key="trigger.${run.trigger()}"/><c:if test="${not empty run.requestedBy()}"> (<c:out value="${run.requestedBy()}"/>)</c:if></td>
                    <td><c:out value="${run.node()}"/></td>
                    <td><span class="park-admin-jobs__badge park-admin-jobs__badge--${run.outcome()}"><fmt:message key="outcome.${run.outcome()}"/></span></td>
                    <td><c:if test="${not empty run.durationMillis()}"><fmt:message key="duration"><fmt:param value="${run.durationMillis() / 1000}"/></fmt:message></c:if></td>
                    <td class="park-admin-jobs__message"><c:out value="${run.failureMessage()}"/></td>
                  </tr>
                </c:forEach>
              </tbody>
            </table>
          </c:otherwise>
        </c:choose>
      </section>
    </c:otherwise>
  </c:choose>
</div>
