package org.parkportal.portal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The health answer when parts are down: 503, overall DOWN, and which component failed. */
class HealthServletTest {

    @Test
    void answers503NamingTheComponentsThatAreDown() throws Exception {
        HealthServlet servlet = new HealthServlet();
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, m, a) -> {
                    throw new SQLException("connection refused");
                });
        Field dataSource = HealthServlet.class.getDeclaredField("dataSource");
        dataSource.setAccessible(true);
        dataSource.set(servlet, unreachable);

        int[] status = new int[1];
        StringWriter body = new StringWriter();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                    case "setStatus" -> {
                        status[0] = (Integer) a[0];
                        yield null;
                    }
                    case "getWriter" -> new PrintWriter(body, true);
                    default -> null;
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> null);

        servlet.doGet(request, response);

        JsonObject health = Json.createReader(new StringReader(body.toString())).readObject();
        assertEquals(503, status[0]);
        assertEquals("DOWN", health.getString("status"));
        assertEquals("DOWN", health.getJsonObject("components").getJsonObject("database").getString("status"));
        // No portal has started Pluto in a unit test: the container reports itself not started.
        assertEquals("DOWN", health.getJsonObject("components").getJsonObject("portletContainer").getString("status"));
        assertEquals("DOWN", health.getJsonObject("components").getJsonObject("directory").getString("status"));
        assertEquals("DOWN", health.getJsonObject("components").getJsonObject("workflow").getString("status"));
    }
}
