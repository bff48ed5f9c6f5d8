package org.parkportal.portlets.admin.grants;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.Grantee;
import org.parkportal.access.domain.Grants;
import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.portlets.admin.AdminPortlet;
import org.parkportal.portlets.admin.DeployedPortlets;
import org.parkportal.portlets.admin.Notice;

/**
 * Who may view, customise and manage a page, a window or a catalogue portlet: choose one (render parameter
 * {@code target}, see {@link GrantTarget}), see its grantees per action, add and remove them. Changes go through
 * PageAdministration, which checks the manage grant and records them in the audit log.
 */
public class GrantsPortlet extends AdminPortlet {

    static final String TARGET = "target";

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        String language = request.getLocale().getLanguage().equals("zh")
                ? request.getLocale().toLanguageTag() : request.getLocale().getLanguage();
        List<PageDescriptor> all = pages().pages();
        List<Choice> pageChoices = new ArrayList<>();
        List<Choice> windowChoices = new ArrayList<>();
        for (PageDescriptor page : all) {
            pageChoices.add(new Choice(GrantTarget.of(ProtectedResource.page(page.path())),
                    page.path() + " (" + page.title(language) + ")"));
            for (WindowDescriptor window : page.windows()) {
                windowChoices.add(new Choice(GrantTarget.of(ProtectedResource.window(window.id())),
                        page.path() + " / " + window.id() + " (" + window.portlet() + ")"));
            }
        }
        request.setAttribute("pageChoices", pageChoices);
        request.setAttribute("windowChoices", windowChoices);
        request.setAttribute("portletChoices", DeployedPortlets.names().stream()
                .map(p -> new Choice(GrantTarget.of(ProtectedResource.portlet(p)), p)).toList());
        ProtectedResource target = GrantTarget.parse(request.getRenderParameters().getValue(TARGET));
        if (target != null) {
            Grants grants = access().grants(target);
            List<ActionGrantees> byAction = new ArrayList<>();
            for (Action action : Action.values()) {
                byAction.add(new ActionGrantees(action.key(), grants.of(action).stream().map(Grantee::toString).sorted()
                        .toList()));
            }
            request.setAttribute("target", GrantTarget.of(target));
            request.setAttribute("targetKind", target.kind().name());
            request.setAttribute("targetId", target.id());
            request.setAttribute("byAction", byAction);
            request.setAttribute("noGrants", grants.isEmpty());
        }
        include("grants/view.jsp", request, response);
    }

    @ProcessAction(name = "choose")
    public void choose(ActionRequest request, ActionResponse response) {
        String target = request.getActionParameters().getValue(TARGET);
        if (GrantTarget.parse(target) == null) {
            keep(request, Notice.problem("target.invalid"));
            response.getRenderParameters().removeParameter(TARGET);
            return;
        }
        response.getRenderParameters().setValue(TARGET, target);
    }

    @ProcessAction(name = "add")
    public void add(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        Grantee grantee;
        try {
            grantee = GranteeChoice.of(form.getValue("kind"), form.getValue("name"));
        } catch (IllegalArgumentException e) {
            grantee = null;
        }
        edit(request, form, grantee, true);
    }

    @ProcessAction(name = "remove")
    public void remove(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        Grantee grantee;
        try {
            grantee = Grantee.parse(String.valueOf(form.getValue("grantee")));
        } catch (IllegalArgumentException e) {
            grantee = null;
        }
        edit(request, form, grantee, false);
    }

    private void edit(ActionRequest request, ActionParameters form, Grantee grantee, boolean add) {
        ProtectedResource target = GrantTarget.parse(form.getValue(TARGET));
        Action action;
        try {
            action = Action.ofKey(String.valueOf(form.getValue("action")));
        } catch (IllegalArgumentException e) {
            action = null;
        }
        if (target == null || action == null) {
            keep(request, Notice.problem("target.invalid"));
            return;
        }
        if (grantee == null) {
            keep(request, Notice.problem("grantee.invalid"));
            return;
        }
        Map<Action, Set<Grantee>> changed = new EnumMap<>(Action.class);
        access().grants(target).byAction().forEach((a, g) -> changed.put(a, new HashSet<>(g)));
        Set<Grantee> grantees = changed.computeIfAbsent(action, a -> new HashSet<>());
        if (add) {
            grantees.add(grantee);
        } else {
            grantees.remove(grantee);
        }
        Grants grants = new Grants(changed);
        String actionKey = action.key();
        change(request, () -> administration().changeGrants(target, grants),
                Notice.done(add ? "grant.added" : "grant.removed", grantee.toString(), actionKey));
    }

    /** One entry of a target select: its form value and what the administrator reads. */
    public record Choice(String value, String label) {
    }

    /** The grantees of one action, as "group:sales" etc. */
    public record ActionGrantees(String action, List<String> grantees) {
    }
}
