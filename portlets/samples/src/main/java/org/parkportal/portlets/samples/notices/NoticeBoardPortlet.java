package org.parkportal.portlets.samples.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.ActionURL;
import javax.portlet.PortletConfig;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.portlet.annotations.ActionMethod;
import javax.portlet.annotations.PortletConfiguration;
import javax.portlet.annotations.RenderMethod;
import javax.portlet.annotations.ServeResourceMethod;
import javax.portlet.annotations.Supports;

/**
 * A Portlet 3 portlet configured only by annotations (no portlet.xml entry, no GenericPortlet): Pluto finds
 * its render, action and resource methods on this CDI bean, and the notice board is injected.
 */
@ApplicationScoped
@PortletConfiguration(portletName = "notice-board",
        resourceBundle = "org.parkportal.portlets.samples.notices.NoticeMessages",
        supportedLocales = {"en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"},
        supports = @Supports(mimeType = "text/html", portletModes = "view"))
public class NoticeBoardPortlet {

    static final String ACTION = "post";

    @Inject
    private NoticeBoard board;

    @Inject
    private PortletConfig config;

    @RenderMethod(portletNames = "notice-board")
    public void render(RenderRequest request, RenderResponse response) throws IOException {
        ResourceBundle text = config.getResourceBundle(request.getLocale());
        String ns = response.getNamespace();
        ActionURL post = response.createActionURL();
        post.getActionParameters().setValue(ActionRequest.ACTION_NAME, ACTION);
        response.setContentType("text/html");
        PrintWriter out = response.getWriter();
        out.write("<div class=\"notice-board\">");
        String problem = request.getRenderParameters().getValue("problem");
        if (problem != null && isKnown(problem)) {
            out.write("<p class=\"portlet-msg-error\" role=\"alert\">" + Html.escape(text.getString("notice.problem."
                    + problem)) + "</p>");
        }
        out.write("<form method=\"post\" action=\"" + Html.escape(post.toString()) + "\">");
        out.write("<label for=\"" + ns + "text\">" + Html.escape(text.getString("notice.label")) + "</label> ");
        out.write("<input type=\"text\" id=\"" + ns + "text\" name=\"text\" maxlength=\"" + NoticeBoard.MAX_LENGTH
                + "\" required> ");
        out.write("<button type=\"submit\">" + Html.escape(text.getString("notice.post")) + "</button></form>");
        var notices = board.notices();
        if (notices.isEmpty()) {
            out.write("<p class=\"notice-board__empty\">" + Html.escape(text.getString("notice.empty")) + "</p>");
        } else {
            out.write("<ul class=\"notice-board__list\">");
            notices.forEach(n -> out.write("<li>" + Html.escape(n) + "</li>"));
            out.write("</ul>");
        }
        out.write("</div>");
    }

    private static boolean isKnown(String problem) {
        return problem.equals("blank") || problem.equals("tooLong");
    }

    @ActionMethod(portletName = "notice-board", actionName = ACTION)
    public void post(ActionRequest request, ActionResponse response) {
        String notice = request.getActionParameters().getValue("text");
        String problem = NoticeBoard.problem(notice);
        if (problem != null) {
            response.getRenderParameters().setValue("problem", problem);
            return;
        }
        board.post(notice);
    }

    /** The number of notices, as JSON, for scripts that poll the board. */
    @ServeResourceMethod(portletNames = "notice-board")
    public void count(ResourceRequest request, ResourceResponse response) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write("{\"notices\":" + board.notices().size() + "}");
    }
}
