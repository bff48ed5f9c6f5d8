package org.parkportal.portal.driver;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.directory.application.DirectoryFailure;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.portal.csrf.CsrfToken;
import org.parkportal.portal.identity.SignInServlet;
import org.parkportal.portal.identity.Visitor;
import org.parkportal.portal.navigation.PortalUrlCodec;

/**
 * POST /preferences (the theme's language and theme switchers, with the session's CSRF token): the choice holds
 * for the session, and a signed-in user's choice is saved in the directory (preferredLanguage, portalTheme) so it
 * is theirs at the next sign-in too. Then back to the page the switcher was on.
 */
@WebServlet("/preferences")
public class PreferencesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PreferencesServlet.class.getName());

    @EJB
    private transient DirectoryService directory;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CsrfToken.matches(request.getSession(false), request.getParameter(PortalUrlCodec.CSRF_PARAMETER))) {
            response.sendError(403);
            return;
        }
        boolean signedIn = !Visitor.of(request).isGuest();
        String lang = request.getParameter("lang");
        if (lang != null && Locales.choose(request, lang) && signedIn) {
            save(() -> directory.saveMyLanguage(Locales.supported(lang).toLanguageTag()));
        }
        String theme = request.getParameter("theme");
        if (theme != null && Themes.choose(request, theme) && signedIn) {
            save(() -> directory.saveMyTheme(theme));
        }
        response.sendRedirect(SignInServlet.safeNext(request.getContextPath(), request.getParameter("back")));
    }

    /** A directory that is down costs the saving, not the choice: it still holds for the session. */
    private static void save(Runnable change) {
        try {
            change.run();
        } catch (DirectoryFailure e) {
            LOG.log(Level.WARNING, "Choice kept for the session only, not saved in the directory: " + e.getMessage());
        }
    }
}
