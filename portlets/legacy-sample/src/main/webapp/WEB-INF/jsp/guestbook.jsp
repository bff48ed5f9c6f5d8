<%@ page pageEncoding="UTF-8" session="false"
         import="java.util.ResourceBundle, java.time.format.DateTimeFormatter, java.text.MessageFormat,
                 org.parkportal.portlets.legacy.Guestbook, org.parkportal.portlets.legacy.GuestbookEntry,
                 org.parkportal.portlets.legacy.LegacyGuestbookPortlet, org.parkportal.portlets.legacy.Html" %>
<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>
<portlet:defineObjects/>
<%-- No JSTL in this WAR: texts come from the portlet's bundle and every output goes through Html.escape. --%>
<%
    ResourceBundle messages = portletConfig.getResourceBundle(renderRequest.getLocale());
    Guestbook guestbook = (Guestbook) renderRequest.getAttribute("guestbook");
    DateTimeFormatter timeFormat = (DateTimeFormatter) renderRequest.getAttribute("timeFormat");
    String problemKey = (String) renderRequest.getAttribute("problemKey");
%>
<portlet:actionURL var="signUrl"/>
<portlet:resourceURL id="count" var="countUrl"/>
<div class="park-guestbook">
  <% if (problemKey != null) { %>
    <p class="portlet-msg-error" role="alert"><%= Html.escape(messages.getString(problemKey)) %></p>
  <% } %>
  <form method="post" action="${signUrl}">
    <p>
      <label for="<portlet:namespace/>author"><%= Html.escape(messages.getString("form.author")) %></label>
      <input type="text" id="<portlet:namespace/>author" name="author" required
             maxlength="<%= GuestbookEntry.MAX_AUTHOR_LENGTH %>"
             value="<%= Html.escape(LegacyGuestbookPortlet.draft(renderRequest, "draftAuthor")) %>">
    </p>
    <p>
      <label for="<portlet:namespace/>message"><%= Html.escape(messages.getString("form.message")) %></label>
      <textarea id="<portlet:namespace/>message" name="message" rows="3" cols="50" required
                maxlength="<%= GuestbookEntry.MAX_MESSAGE_LENGTH %>"><%= Html.escape(LegacyGuestbookPortlet.draft(renderRequest, "draftMessage")) %></textarea>
    </p>
    <button type="submit"><%= Html.escape(messages.getString("form.submit")) %></button>
  </form>

  <h3><%= Html.escape(messages.getString("entries.heading")) %></h3>
  <% if (guestbook.size() == 0) { %>
    <p><%= Html.escape(messages.getString("empty")) %></p>
  <% } else { %>
    <ul class="park-guestbook__entries">
      <% for (GuestbookEntry entry : guestbook.getEntries()) { %>
        <li>
          <q><%= Html.escape(entry.getMessage()) %></q>
          <small><%= Html.escape(MessageFormat.format(messages.getString("entry.byline"),
                  entry.getAuthor(), timeFormat.format(entry.getSignedAt()))) %></small>
        </li>
      <% } %>
    </ul>
  <% } %>

  <%-- The URL and texts travel in data attributes (HTML-escaped), so the script needs no JavaScript escaping. --%>
  <p id="<portlet:namespace/>counter" data-url="${countUrl}"
     data-result="<%= Html.escape(messages.getString("count.result")) %>"
     data-failed="<%= Html.escape(messages.getString("count.failed")) %>">
    <button type="button" id="<portlet:namespace/>count"><%= Html.escape(messages.getString("count.button")) %></button>
    <output id="<portlet:namespace/>countResult" aria-live="polite"></output>
  </p>
</div>
<script>
(function () {
  // Element ids carry the portlet namespace, so two guestbooks on one page keep their own elements.
  var counter = document.getElementById('<portlet:namespace/>counter');
  var result = document.getElementById('<portlet:namespace/>countResult');
  document.getElementById('<portlet:namespace/>count').addEventListener('click', function () {
    fetch(counter.getAttribute('data-url'), { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (count) {
        result.textContent = counter.getAttribute('data-result').replace('{0}', count.trim());
      })
      .catch(function () {
        result.textContent = counter.getAttribute('data-failed');
      });
  });
})();
</script>
