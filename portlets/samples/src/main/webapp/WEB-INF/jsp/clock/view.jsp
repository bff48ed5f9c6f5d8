<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<%-- URLs and texts travel in data attributes (HTML-escaped), so the script needs no JavaScript string escaping. --%>
<portlet:resourceURL id="time" var="timeUrl"/>
<c:set var="ns"><portlet:namespace/></c:set>
<fmt:message key="clock.unavailable" var="unavailableText"/>
<div class="park-clock" id="${ns}clock" data-url="${timeUrl}" data-unavailable="<c:out value='${unavailableText}'/>">
  <span class="park-clock__label"><fmt:message key="clock.label"/></span>
  <output class="park-clock__time" id="${ns}time" aria-live="off">--:--:--</output>
  <span class="park-clock__zone"><fmt:message key="clock.zone"/> <span id="${ns}zone"></span></span>
  <button type="button" id="${ns}refresh"><fmt:message key="clock.refresh"/></button>
</div>
<script>
(function () {
  // Element ids carry the portlet namespace, so two clocks on one page do not mix up their elements.
  var root = document.getElementById('${ns}clock');
  var time = document.getElementById('${ns}time');
  var zone = document.getElementById('${ns}zone');
  var timer;

  function showUnavailable() {
    time.textContent = root.dataset.unavailable;
    time.classList.add('park-clock__error');
  }

  function refresh() {
    if (!document.body.contains(root)) {
      clearInterval(timer); // the portal replaced this portlet's markup
      return;
    }
    fetch(root.dataset.url, { cache: 'no-store', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (reading) {
        time.textContent = reading.time;
        zone.textContent = reading.zone;
        time.classList.remove('park-clock__error');
      })
      .catch(showUnavailable);
  }

  document.getElementById('${ns}refresh').addEventListener('click', refresh);
  refresh();
  timer = setInterval(refresh, 5000);
})();
</script>
