<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<fmt:message key="lobby.count"><fmt:param><strong class="lobby-count">${count}</strong></fmt:param></fmt:message>
