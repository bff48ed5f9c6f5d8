<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<p class="park-profile-guest"><fmt:message key="guest"/></p>
