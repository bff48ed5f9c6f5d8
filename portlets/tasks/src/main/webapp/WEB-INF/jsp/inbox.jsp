<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Subjects, comments and form values were typed by people: always escaped. The diagram is SVG built with escaped names. --%>
<c:set var="ns"><portlet:namespace/></c:set>
<div class="park-tasks" data-filter="${fn:escapeXml(filter)}">
  <nav aria-label="<fmt:message key='filters.label'/>">
    <ul class="park-tasks__filters">
      <c:forEach var="f" items="${filters}">
        <li><a href="${fn:escapeXml(f.url)}" data-filter="${f.key}" <c:if test="${f.current}">aria-current="page"</c:if>>
          <fmt:message key="filter.${f.key}"/> <span class="park-tasks__count">(${f.count})</span></a></li>
      </c:forEach>
    </ul>
  </nav>

  <c:if test="${not empty outcome}">
    <p class="${outcome.failed() ? 'portlet-msg-error' : 'portlet-msg-success'} park-tasks__outcome" role="${outcome.failed() ? 'alert' : 'status'}"
       data-outcome="${fn:escapeXml(outcome.failed() ? 'refused' : 'done')}">${fn:escapeXml(outcomeText)}</p>
  </c:if>

  <c:choose>
    <c:when test="${empty rows}">
      <p class="park-tasks__none"><fmt:message key="tasks.none"/></p>
    </c:when>
    <c:otherwise>
      <p class="park-tasks__summary"><fmt:message key="tasks.range"><fmt:param value="${first}"/><fmt:param value="${last}"/><fmt:param value="${total}"/></fmt:message></p>
      <table class="park-tasks__list">
        <thead><tr>
          <th scope="col"><fmt:message key="column.task"/></th>
          <th scope="col"><fmt:message key="column.subject"/></th>
          <th scope="col"><fmt:message key="column.assignee"/></th>
          <th scope="col"><fmt:message key="column.due"/></th>
          <th scope="col"><fmt:message key="column.created"/></th>
        </tr></thead>
        <tbody>
          <c:forEach var="t" items="${rows}">
            <tr data-task="${fn:escapeXml(t.id())}" data-business-key="${fn:escapeXml(t.businessKey())}" aria-selected="${t.selected()}">
              <td><a href="${fn:escapeXml(t.url())}">${fn:escapeXml(t.name())}</a><br><small>${fn:escapeXml(t.process())}</small></td>
              <td>${fn:escapeXml(t.subject())}<c:if test="${not empty t.businessKey()}"><br><small>${fn:escapeXml(t.businessKey())}</small></c:if></td>
              <td><c:choose><c:when test="${empty t.assignee()}"><em><fmt:message key="assignee.none"/></em></c:when><c:otherwise>${fn:escapeXml(t.assignee())}</c:otherwise></c:choose></td>
              <td class="${t.overdue() ? 'park-tasks__overdue' : ''}"><c:if test="${not empty t.due()}"><fmt:formatDate value="${t.due()}" type="date" dateStyle="medium"/></c:if></td>
              <td><fmt:formatDate value="${t.created()}" type="both" dateStyle="medium" timeStyle="short"/></td>
            </tr>
          </c:forEach>
        </tbody>
      </table>
      <p class="park-tasks__paging">
        <c:if test="${not empty previousUrl}"><a href="${fn:escapeXml(previousUrl)}" rel="prev"><fmt:message key="page.previous"/></a></c:if>
        <c:if test="${not empty nextUrl}"><a href="${fn:escapeXml(nextUrl)}" rel="next"><fmt:message key="page.next"/></a></c:if>
      </p>
    </c:otherwise>
  </c:choose>

  <c:if test="${not empty taskMissing}">
    <p class="portlet-msg-error park-tasks__missing" role="alert">${fn:escapeXml(taskMissing)}</p>
  </c:if>

  <c:if test="${not empty task}">
    <section class="park-tasks__task" data-task="${fn:escapeXml(task.id())}" aria-labelledby="${ns}task-title">
      <h3 id="${ns}task-title">${fn:escapeXml(task.name())}</h3>
      <p><a href="${fn:escapeXml(closeUrl)}"><fmt:message key="task.close"/></a></p>
      <dl class="park-tasks__facts">
        <dt><fmt:message key="task.process"/></dt><dd>${fn:escapeXml(task.process())}</dd>
        <c:if test="${not empty task.subject()}"><dt><fmt:message key="column.subject"/></dt><dd>${fn:escapeXml(task.subject())}</dd></c:if>
        <c:if test="${not empty task.businessKey()}"><dt><fmt:message key="task.businessKey"/></dt><dd data-business-key>${fn:escapeXml(task.businessKey())}</dd></c:if>
        <dt><fmt:message key="column.assignee"/></dt>
        <dd data-assignee="${fn:escapeXml(task.assignee())}"><c:choose><c:when test="${empty task.assignee()}"><em><fmt:message key="assignee.none"/></em></c:when><c:otherwise>${fn:escapeXml(task.assignee())}</c:otherwise></c:choose></dd>
        <c:if test="${not empty details.candidateGroups()}"><dt><fmt:message key="task.groups"/></dt><dd>${fn:escapeXml(fn:join(details.candidateGroups().toArray(), ', '))}</dd></c:if>
        <dt><fmt:message key="column.created"/></dt><dd><fmt:formatDate value="${task.created()}" type="both" dateStyle="medium" timeStyle="short"/></dd>
      </dl>
      <c:if test="${not empty details.description()}"><p class="park-tasks__description">${fn:escapeXml(details.description())}</p></c:if>

      <div class="park-tasks__actions">
        <c:if test="${fn:contains(allowed, 'CLAIM')}">
          <form method="post" action="<portlet:actionURL name='claim'/>">
            <input type="hidden" name="task" value="${fn:escapeXml(task.id())}"><input type="hidden" name="filter" value="${fn:escapeXml(filter)}">
            <button type="submit" data-op="claim"><fmt:message key="op.claim"/></button>
          </form>
        </c:if>
        <c:if test="${fn:contains(allowed, 'UNCLAIM')}">
          <form method="post" action="<portlet:actionURL name='unclaim'/>">
            <input type="hidden" name="task" value="${fn:escapeXml(task.id())}"><input type="hidden" name="filter" value="${fn:escapeXml(filter)}">
            <button type="submit" data-op="unclaim"><fmt:message key="op.unclaim"/></button>
          </form>
        </c:if>
        <c:if test="${fn:contains(allowed, 'REASSIGN')}">
          <form method="post" action="<portlet:actionURL name='reassign'/>">
            <input type="hidden" name="task" value="${fn:escapeXml(task.id())}"><input type="hidden" name="filter" value="${fn:escapeXml(filter)}">
            <label for="${ns}assignee"><fmt:message key="op.reassign.to"/></label>
            <input type="text" id="${ns}assignee" name="assignee" maxlength="100" autocomplete="off">
            <button type="submit" data-op="reassign"><fmt:message key="op.reassign"/></button>
          </form>
        </c:if>
      </div>

      <c:if test="${fn:contains(allowed, 'SET_DATES')}">
        <form class="park-tasks__actions" method="post" action="<portlet:actionURL name='schedule'/>">
          <input type="hidden" name="task" value="${fn:escapeXml(task.id())}"><input type="hidden" name="filter" value="${fn:escapeXml(filter)}">
          <label for="${ns}due"><fmt:message key="column.due"/>
            <input type="date" id="${ns}due" name="due" value="${fn:escapeXml(task.dueDay())}"></label>
          <label for="${ns}followUp"><fmt:message key="task.followUp"/>
            <input type="date" id="${ns}followUp" name="followUp" value="${fn:escapeXml(task.followUpDay())}"></label>
          <button type="submit" data-op="schedule"><fmt:message key="op.schedule"/></button>
        </form>
      </c:if>

      <c:if test="${fn:contains(allowed, 'COMPLETE')}">
        <form class="park-tasks__form" method="post" action="<portlet:actionURL name='complete'/>" novalidate>
          <input type="hidden" name="task" value="${fn:escapeXml(task.id())}"><input type="hidden" name="filter" value="${fn:escapeXml(filter)}">
          <c:forEach var="field" items="${fields}">
            <div class="park-tasks__field" data-field="${fn:escapeXml(field.id())}">
              <c:set var="fid" value="${ns}f-${fn:escapeXml(field.id())}"/>
              <c:choose>
                <c:when test="${field.type() == 'enum'}">
                  <fieldset <c:if test="${not empty field.problem()}">aria-invalid="true"</c:if>>
                    <legend>${fn:escapeXml(field.label())}<c:if test="${field.required()}"> *</c:if></legend>
                    <c:forEach var="option" items="${field.options()}">
                      <label><input type="radio" name="${fn:escapeXml(field.name())}" value="${fn:escapeXml(option.id())}" <c:if test="${option.chosen()}">checked</c:if> <c:if test="${field.readOnly()}">disabled</c:if>> ${fn:escapeXml(option.label())}</label>
                    </c:forEach>
                  </fieldset>
                </c:when>
                <c:when test="${field.type() == 'boolean'}">
                  <fieldset>
                    <legend>${fn:escapeXml(field.label())}<c:if test="${field.required()}"> *</c:if></legend>
                    <label><input type="radio" name="${fn:escapeXml(field.name())}" value="true" <c:if test="${field.value() == 'true'}">checked</c:if> <c:if test="${field.readOnly()}">disabled</c:if>> <fmt:message key="answer.yes"/></label>
                    <label><input type="radio" name="${fn:escapeXml(field.name())}" value="false" <c:if test="${field.value() == 'false'}">checked</c:if> <c:if test="${field.readOnly()}">disabled</c:if>> <fmt:message key="answer.no"/></label>
                  </fieldset>
                </c:when>
                <c:when test="${field.type() == 'string'}">
                  <label for="${fid}">${fn:escapeXml(field.label())}<c:if test="${field.required()}"> *</c:if></label><br>
                  <textarea id="${fid}" name="${fn:escapeXml(field.name())}" rows="3" cols="50" <c:if test="${not empty field.maxLength()}">maxlength="${field.maxLength()}"</c:if> <c:if test="${field.readOnly()}">readonly</c:if>>${fn:escapeXml(field.value())}</textarea>
                </c:when>
                <c:otherwise>
                  <label for="${fid}">${fn:escapeXml(field.label())}<c:if test="${field.required()}"> *</c:if></label>
                  <input id="${fid}" name="${fn:escapeXml(field.name())}" value="${fn:escapeXml(field.value())}"
                         type="${field.type() == 'long' ? 'number' : 'date'}" <c:if test="${not empty field.min()}">min="${field.min()}"</c:if> <c:if test="${not empty field.max()}">max="${field.max()}"</c:if> <c:if test="${field.readOnly()}">readonly</c:if>>
                </c:otherwise>
              </c:choose>
              <c:if test="${not empty field.problem()}">
                <span class="portlet-msg-error" data-error-for="${fn:escapeXml(field.id())}">${fn:escapeXml(field.problem())}</span>
              </c:if>
            </div>
          </c:forEach>
          <button type="submit" data-op="complete"><fmt:message key="op.complete"/></button>
        </form>
      </c:if>

      <section class="park-tasks__comments" aria-labelledby="${ns}comments-title">
        <h4 id="${ns}comments-title"><fmt:message key="comments.title"/></h4>
        <c:choose>
          <c:when test="${empty details.comments()}"><p><fmt:message key="comments.none"/></p></c:when>
          <c:otherwise>
            <ul>
              <c:forEach var="comment" items="${details.comments()}">
                <li class="park-tasks__comment"><strong>${fn:escapeXml(comment.author())}</strong>: ${fn:escapeXml(comment.text())}</li>
              </c:forEach>
            </ul>
          </c:otherwise>
        </c:choose>
        <form method="post" action="<portlet:actionURL name='comment'/>">
          <input type="hidden" name="task" value="${fn:escapeXml(task.id())}"><input type="hidden" name="filter" value="${fn:escapeXml(filter)}">
          <label for="${ns}comment"><fmt:message key="comments.add"/></label><br>
          <textarea id="${ns}comment" name="comment" rows="2" cols="50" maxlength="4000" required></textarea>
          <button type="submit" data-op="comment"><fmt:message key="op.comment"/></button>
        </form>
      </section>

      <figure class="park-tasks__process">
        ${diagram}
        <figcaption><fmt:message key="task.diagram.caption"/></figcaption>
      </figure>
    </section>
  </c:if>
</div>
