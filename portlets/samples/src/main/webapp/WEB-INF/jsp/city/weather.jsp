<%@ page pageEncoding="UTF-8" session="false" %>
<%@ taglib uri="http://xmlns.jcp.org/portlet_3_0" prefix="portlet" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<portlet:defineObjects/>
<div class="park-weather">
  <c:choose>
    <c:when test="${empty city}">
      <p><fmt:message key="weather.none"/></p>
    </c:when>
    <c:otherwise>
      <h3>
        <fmt:message key="weather.for">
          <fmt:param>
            <c:choose>
              <c:when test="${not empty siteLabelKey}"><fmt:message key="${siteLabelKey}"/></c:when>
              <c:otherwise><c:out value="${city}"/></c:otherwise>
            </c:choose>
          </fmt:param>
        </fmt:message>
      </h3>
      <ul>
        <c:forEach var="day" items="${forecast}">
          <li>
            <strong><fmt:message key="day.${day.dayOffset}"/></strong>:
            <fmt:message key="${day.condition.labelKey}"/>,
            <fmt:message key="temperature.range">
              <fmt:param value="${day.lowCelsius}"/>
              <fmt:param value="${day.highCelsius}"/>
            </fmt:message>
          </li>
        </c:forEach>
      </ul>
      <p class="park-weather__note"><small><fmt:message key="weather.note"/></small></p>
    </c:otherwise>
  </c:choose>
</div>
