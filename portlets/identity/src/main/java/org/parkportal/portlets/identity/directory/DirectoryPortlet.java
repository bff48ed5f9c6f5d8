package org.parkportal.portlets.identity.directory;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderParameters;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.directory.application.DirectoryFailure;
import org.parkportal.directory.application.DirectoryFailure.Reason;
import org.parkportal.directory.domain.Group;
import org.parkportal.directory.domain.NewPerson;
import org.parkportal.directory.domain.Person;
import org.parkportal.portlets.identity.Flash;
import org.parkportal.portlets.identity.IdentityPortlet;
import org.parkportal.portlets.identity.Language;
import org.parkportal.portlets.identity.Notice;

/**
 * The administrators' view of the directory: search people and groups, create a user, change group memberships,
 * disable and enable accounts. The directory service refuses all of it to anybody but administrators; this portlet
 * turns that refusal into a message. Search texts stay in render parameters, so the results survive a reload.
 */
public class DirectoryPortlet extends IdentityPortlet {

    static final int RESULTS = 50;
    private static final String PEOPLE = "people";
    private static final String GROUPS = "groups";
    private static final String NOTICE = "notice";
    private static final String DRAFT = "draft";
    private static final Logger LOG = System.getLogger(DirectoryPortlet.class.getName());

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        RenderParameters parameters = request.getRenderParameters();
        request.setAttribute("notice", Flash.take(request, NOTICE, Notice.class));
        request.setAttribute("draft", Flash.take(request, DRAFT, PersonDraft.class));
        String peopleText = parameters.getValue(PEOPLE);
        String groupsText = parameters.getValue(GROUPS);
        request.setAttribute("peopleText", peopleText);
        request.setAttribute("groupsText", groupsText);
        try {
            // Asked first and always: the group list feeds the membership form, and its refusal tells a non-administrator.
            List<Group> allGroups = directory().findGroups("", 200);
            request.setAttribute("allGroups", allGroups);
            request.setAttribute("tenants", directory().tenants());
            if (peopleText != null) {
                List<Person> people = directory().findPeople(peopleText, RESULTS);
                request.setAttribute("people", people);
            }
            if (groupsText != null) {
                request.setAttribute("groups", directory().findGroups(groupsText, RESULTS));
            }
        } catch (DirectoryFailure e) {
            if (e.reason() == Reason.NOT_ALLOWED) {
                include("directory/not-allowed.jsp", request, response);
                return;
            }
            LOG.log(Level.WARNING, "Directory view for {0} incomplete: {1}", request.getRemoteUser(), e.getMessage());
            request.setAttribute("notice", Notice.of(e));
        }
        include("directory/view.jsp", request, response);
    }

    @ProcessAction(name = "searchPeople")
    public void searchPeople(ActionRequest request, ActionResponse response) {
        response.getRenderParameters().setValue(PEOPLE, text(request.getActionParameters().getValue("text")));
    }

    @ProcessAction(name = "searchGroups")
    public void searchGroups(ActionRequest request, ActionResponse response) {
        response.getRenderParameters().setValue(GROUPS, text(request.getActionParameters().getValue("text")));
    }

    @ProcessAction(name = "createPerson")
    public void createPerson(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String language = Language.ofTag(form.getValue("language")).map(Language::getTag).orElse(null);
        NewPerson person = new NewPerson(text(form.getValue("uid")), form.getValue("givenName"),
                form.getValue("surname"), text(form.getValue("mail")), form.getValue("tenant"), language,
                form.getValue("password"));
        String problem = person.problem();
        if (problem != null) {
            refuseDraft(request, person, problem, "invalid." + problem);
            return;
        }
        try {
            Person created = directory().createPerson(person);
            Flash.keep(request, NOTICE, Notice.done("person.created", created.uid()));
            // The new user is what the administrator will look at next (e.g. to add them to a group).
            response.getRenderParameters().setValue(PEOPLE, created.uid());
        } catch (DirectoryFailure e) {
            LOG.log(Level.INFO, "Creating {0} refused: {1}", person.uid(), e.getMessage());
            switch (e.reason()) {
                case ALREADY_EXISTS -> refuseDraft(request, person, "uid", "uid.taken");
                case PASSWORD_REJECTED -> refuseDraft(request, person, "password", "invalid.password");
                default -> {
                    Flash.keep(request, DRAFT, PersonDraft.of(person, null));
                    Flash.keep(request, NOTICE, Notice.of(e));
                }
            }
        }
    }

    @ProcessAction(name = "membership")
    public void changeMembership(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String group = text(form.getValue("group"));
        String uid = text(form.getValue("uid"));
        boolean add = !"remove".equals(form.getValue("change"));
        if (group.isEmpty() || uid.isEmpty()) {
            Flash.keep(request, NOTICE, Notice.problem("membership.missing"));
            return;
        }
        act(request, () -> {
            if (add) {
                directory().addMember(group, uid);
            } else {
                directory().removeMember(group, uid);
            }
        }, Notice.done(add ? "member.added" : "member.removed", uid, group));
    }

    @ProcessAction(name = "account")
    public void changeAccount(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String uid = text(form.getValue("uid"));
        boolean disable = "true".equals(form.getValue("disabled"));
        act(request, () -> directory().setDisabled(uid, disable),
                Notice.done(disable ? "person.disabled" : "person.enabled", uid));
    }

    private void act(ActionRequest request, Runnable change, Notice success) {
        try {
            change.run();
            Flash.keep(request, NOTICE, success);
        } catch (DirectoryFailure e) {
            LOG.log(Level.INFO, "Directory change by {0} refused: {1}", request.getRemoteUser(), e.getMessage());
            Flash.keep(request, NOTICE, Notice.of(e));
        }
    }

    /** Keeps the typed values (not the password) and names the field to correct. */
    private static void refuseDraft(ActionRequest request, NewPerson person, String field, String message) {
        Flash.keep(request, DRAFT, PersonDraft.of(person, field));
        Flash.keep(request, NOTICE, Notice.problem(message));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
