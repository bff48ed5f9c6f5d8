package org.parkportal.portlets.tasks;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import org.parkportal.notification.application.NotificationRefused;
import org.parkportal.notification.application.NotificationTexts;
import org.parkportal.notification.application.NotificationView;
import org.parkportal.notification.application.Notifications;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;
import org.parkportal.portlets.support.PortalResources;

/**
 * The signed-in user's notifications, newest first: what happened, when (in the reader's locale; the browser
 * re-writes the time in its own zone), where to look, and "mark read" / "mark all read" as actions through the
 * portal (which adds the CSRF token). Texts are made in the reader's language when shown; whose notification it
 * is, is decided by the back office. Lives beside the task inbox: both answer "what is waiting for me".
 */
public class NotificationsPortlet extends GenericPortlet {

    static final String OUTCOME = "outcome";
    static final String ID = "id";
    static final int SHOWN = 50;
    private static final Logger LOG = System.getLogger(NotificationsPortlet.class.getName());
    private static final String STYLE = "<style>"
            + ".park-notes__list{list-style:none;padding:0;margin:0}"
            + ".park-notes__item{display:flex;flex-wrap:wrap;gap:.3em 1em;align-items:baseline;padding:.5em 0;"
            + "border-bottom:1px solid #ddd}"
            + ".park-notes__item--unread .park-notes__text{font-weight:bold}"
            + ".park-notes__text{flex:1 1 16em;overflow-wrap:anywhere}"
            + ".park-notes__meta{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:baseline;font-size:.9em}"
            + ".park-notes__item form{margin:0}"
            + ".park-notes button{min-height:2.2em}"
            + "</style>"
            // The server knows the reader's locale but not their time zone: the browser writes the time in its own.
            + "<script>document.addEventListener('DOMContentLoaded',function(){"
            + "var f=new Intl.DateTimeFormat(document.documentElement.lang||undefined,{dateStyle:'medium',timeStyle:'short'});"
            + "document.querySelectorAll('time[data-park-local]').forEach(function(t){"
            + "var d=new Date(t.getAttribute('datetime'));if(!isNaN(d)){t.textContent=f.format(d);}});});</script>";

    private final BackOffice.Reference<Notifications> notifications =
            new BackOffice().reference("DefaultNotifications", Notifications.class);
    private final PortletView view = new PortletView(this);

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-notifications", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        Locale locale = request.getLocale();
        NotificationTexts texts = NotificationTexts.of(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault());
        String portal = PortalResources.portalContext(response);
        List<NotificationRow> rows = new ArrayList<>();
        long unread = 0;
        for (NotificationView n : notifications.get().mine(SHOWN)) {
            rows.add(new NotificationRow(n.id(), texts.text(n), n.createdAt().toString(), time.format(n.createdAt()),
                    n.link() == null ? null : portal + "/" + n.link(), n.read()));
            unread += n.read() ? 0 : 1;
        }
        request.setAttribute("rows", rows);
        request.setAttribute("unread", unread);
        String outcome = request.getRenderParameters().getValue(OUTCOME);
        if ("notFound".equals(outcome)) {
            request.setAttribute("outcomeText", texts.refusal(NotificationRefused.Reason.NOT_FOUND));
        }
        view.include("notifications.jsp", request, response);
    }

    @ProcessAction(name = "markRead")
    public void markRead(ActionRequest request, ActionResponse response) throws PortletException {
        response.getRenderParameters().removeParameter(OUTCOME);
        try {
            notifications.get().markRead(Long.parseLong(String.valueOf(request.getActionParameters().getValue(ID))));
        } catch (NumberFormatException | NotificationRefused e) {
            LOG.log(Level.INFO, "Notification not marked read for {0}: {1}", request.getRemoteUser(), e.getMessage());
            response.getRenderParameters().setValue(OUTCOME, "notFound");
        }
    }

    @ProcessAction(name = "markAllRead")
    public void markAllRead(ActionRequest request, ActionResponse response) throws PortletException {
        response.getRenderParameters().removeParameter(OUTCOME);
        notifications.get().markAllRead();
    }

    /** One notification as the view shows it. */
    public record NotificationRow(long id, String text, String isoTime, String time, String url, boolean read) {
    }
}
