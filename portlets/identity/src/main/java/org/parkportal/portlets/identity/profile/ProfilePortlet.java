package org.parkportal.portlets.identity.profile;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.List;
import java.util.Optional;
import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import org.parkportal.directory.application.DirectoryFailure;
import org.parkportal.workflow.application.ApprovalRefused;
import org.parkportal.workflow.application.WorkflowTexts;
import org.parkportal.directory.domain.Person;
import org.parkportal.directory.domain.Tenant;
import org.parkportal.layout.domain.Theme;
import org.parkportal.portlets.identity.Flash;
import org.parkportal.portlets.identity.IdentityPortlet;
import org.parkportal.portlets.identity.Language;
import org.parkportal.portlets.identity.Notice;

/**
 * The signed-in user's own entry: name, mail, login name and company, and forms to save their language and theme
 * and to change their password. The directory acts on the caller only, so no form names a user.
 */
public class ProfilePortlet extends IdentityPortlet {

    static final List<String> THEMES = java.util.Arrays.stream(Theme.values()).map(Theme::id).toList();
    private static final String NOTICE = "notice";
    private static final Logger LOG = System.getLogger(ProfilePortlet.class.getName());

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        if (request.getRemoteUser() == null) {
            include("profile/guest.jsp", request, response);
            return;
        }
        request.setAttribute("notice", Flash.take(request, NOTICE, Notice.class));
        request.setAttribute("themes", THEMES);
        try {
            Person me = directory().me();
            request.setAttribute("person", me);
            request.setAttribute("company", company(me));
            request.setAttribute("language", Language.ofTag(me.language())
                    .or(() -> Language.ofTag(request.getLocale().toLanguageTag())).orElse(Language.ENGLISH).getTag());
            request.setAttribute("theme", me.theme() == null ? "default" : me.theme());
            request.setAttribute("requestableGroups", membershipRequests().requestableGroups());
            WorkflowTexts texts = WorkflowTexts.of(request.getLocale());
            request.setAttribute("membershipRequests", membershipRequests().mine().stream()
                    .map(a -> MembershipRow.of(a, texts)).toList());
        } catch (DirectoryFailure e) {
            LOG.log(Level.WARNING, "Profile of {0} not shown: {1}", request.getRemoteUser(), e.getMessage());
            request.setAttribute("notice", Notice.of(e));
        }
        include("profile/view.jsp", request, response);
    }

    @ProcessAction(name = "language")
    public void saveLanguage(ActionRequest request, ActionResponse response) {
        // The field is called "lang" on purpose: the portal reads that parameter of every request (as ?lang=), so
        // the page the action redirects to is already drawn in the new language; saving makes it last.
        Optional<Language> language = Language.ofTag(request.getActionParameters().getValue("lang"));
        if (language.isEmpty()) {
            Flash.keep(request, NOTICE, Notice.problem("language.unknown"));
            return;
        }
        change(request, () -> directory().saveMyLanguage(language.get().getTag()),
                Notice.done("language.saved", language.get().getAutonym()));
    }

    @ProcessAction(name = "theme")
    public void saveTheme(ActionRequest request, ActionResponse response) {
        String theme = request.getActionParameters().getValue("theme");
        if (!THEMES.contains(theme)) {
            Flash.keep(request, NOTICE, Notice.problem("theme.unknown"));
            return;
        }
        change(request, () -> directory().saveMyTheme(theme), Notice.done("theme.saved"));
    }

    @ProcessAction(name = "password")
    public void changePassword(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        PasswordChange change = new PasswordChange(form.getValue("current"), form.getValue("replacement"),
                form.getValue("repeat"));
        Optional<String> problem = change.problem();
        if (problem.isPresent()) {
            Flash.keep(request, NOTICE, Notice.problem(problem.get()));
            return;
        }
        change(request, () -> directory().changeMyPassword(change.current(), change.replacement()),
                Notice.done("password.changed"));
    }

    /** Asks to join a group; the person's manager decides in their task inbox. */
    @ProcessAction(name = "membership")
    public void requestMembership(ActionRequest request, ActionResponse response) {
        String group = request.getActionParameters().getValue("group");
        String reason = request.getActionParameters().getValue("reason");
        try {
            change(request, () -> membershipRequests().request(group, reason), Notice.done("membership.requested",
                    group == null ? "" : group));
        } catch (ApprovalRefused refused) {
            LOG.log(Level.INFO, "Membership request of {0} refused: {1}", request.getRemoteUser(), refused.getMessage());
            Flash.keep(request, NOTICE, Notice.problem(refused.reason() == ApprovalRefused.Reason.NO_APPROVER
                    ? "membership.noApprover" : "membership.pending"));
        }
    }

    /** Runs a change of the caller's entry and keeps its outcome for the next render. */
    private void change(ActionRequest request, Runnable change, Notice success) {
        if (request.getRemoteUser() == null) {
            Flash.keep(request, NOTICE, Notice.problem("failure.NOT_ALLOWED"));
            return;
        }
        try {
            change.run();
            Flash.keep(request, NOTICE, success);
        } catch (DirectoryFailure e) {
            LOG.log(Level.INFO, "Profile change of {0} refused: {1}", request.getRemoteUser(), e.getMessage());
            Flash.keep(request, NOTICE, Notice.of(e));
        }
    }

    private String company(Person me) {
        Optional<String> key = tenantContext().currentTenant().or(() -> Optional.ofNullable(me.tenant()));
        return key.map(k -> directory().tenant(k).map(Tenant::name).orElse(k)).orElse(null);
    }
}
