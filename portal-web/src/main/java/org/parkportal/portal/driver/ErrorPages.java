package org.parkportal.portal.driver;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/** Error answers as translated pages in the theme, never a stack trace. */
public final class ErrorPages {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ResourceBundle messages;
    private final Locale locale;

    public ErrorPages(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        this.request = request;
        this.response = response;
        this.locale = locale;
        this.messages = ResourceBundle.getBundle("org.parkportal.portal.messages", locale);
    }

    /** Sends the status with the page for "error.KEY.title" / "error.KEY.text". */
    public void send(int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        request.setAttribute("errorTitle", messages.getString("error." + key + ".title"));
        request.setAttribute("errorText", messages.getString("error." + key + ".text"));
        request.setAttribute("homeUrl", request.getContextPath() + "/");
        request.setAttribute("backHomeLabel", messages.getString("error.backHome"));
        request.setAttribute("lang", locale.toLanguageTag());
        try {
            request.getRequestDispatcher("/themes/default/error.jsp").include(request, response);
        } catch (ServletException e) {
            response.getWriter().write(messages.getString("error." + key + ".title"));
        }
    }
}
