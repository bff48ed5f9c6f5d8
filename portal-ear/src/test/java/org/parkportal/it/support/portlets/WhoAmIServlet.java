package org.parkportal.it.support.portlets;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Says who the request of this (other) WAR belongs to: proves the single sign-on across WARs. */
@WebServlet("/whoami")
public class WhoAmIServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(request.getRemoteUser() == null ? "guest" : request.getRemoteUser()
                + (request.isUserInRole("managers") ? " (managers)" : ""));
    }
}
