package org.parkportal.it.support.portlets;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.portlet.ResourceRequest;

/** The target of {@link AsyncPortlet}'s dispatch(path): says how it was reached and whose request it sees. */
@WebServlet(AsyncViewServlet.PATH)
public class AsyncViewServlet extends HttpServlet {

    static final String PATH = "/async-view";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object portletRequest = request.getAttribute("javax.portlet.request");
        response.getWriter().write("view=" + request.getParameter("view")
                + "\ndispatcher type: " + request.getDispatcherType()
                + "\nportlet request: " + (portletRequest instanceof ResourceRequest r ? r.getResourceID() : null));
    }
}
