<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<%-- The buttons work through the Portlet Hub (portlet.register); the count is re-rendered by serveResource. --%>
<div class="lobby-counter" id="<portlet:namespace/>lobby">
  <p id="<portlet:namespace/>count" aria-live="polite"><jsp:include page="count.jsp"/></p>
  <button type="button" data-change="+1"><fmt:message key="lobby.arrive"/></button>
  <button type="button" data-change="-1"><fmt:message key="lobby.leave"/></button>
  <button type="button" data-reset="true"><fmt:message key="lobby.reset"/></button>
</div>
<script>
(function () {
  var pid = '<portlet:namespace/>';
  var root = document.getElementById(pid + 'lobby');
  var output = document.getElementById(pid + 'count');
  portlet.register(pid).then(function (hub) {
    hub.addEventListener('portlet.onStateChange', function (type, state, renderData) {
      if (renderData && renderData.content) {
        output.innerHTML = renderData.content;
      } else {
        hub.createResourceUrl({}).then(function (url) {
          return fetch(url, { credentials: 'same-origin' });
        }).then(function (response) { return response.text(); }).then(function (html) {
          output.innerHTML = html;
        });
      }
    });
    root.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button || hub.isInProgress()) { return; }
      if (button.dataset.reset) {
        hub.action({ change: ['reset'] });
        return;
      }
      hub.startPartialAction({ change: [button.dataset.change] }).then(function (partial) {
        return fetch(partial.url, { method: 'POST', credentials: 'same-origin' }).then(function (response) {
          return response.text();
        }).then(partial.setPageState, function () { partial.setPageState('{}'); });
      });
    });
  });
})();
</script>
