package org.parkportal.portlets.admin.pages;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.domain.LayoutTemplate;
import org.parkportal.layout.domain.Theme;
import org.parkportal.portlets.admin.AdminPortlet;
import org.parkportal.portlets.admin.DeployedPortlets;
import org.parkportal.portlets.admin.Notice;

/**
 * The shared page tree for administrators: every page with its title, path, layout, theme, visibility and windows;
 * a form for a new page; and, for the page chosen in the tree (render parameter {@code page}), forms to retitle,
 * move, change settings, delete (after a confirmation, render parameter {@code confirm}) and arrange its windows.
 * The back office decides what the caller may change; a refusal becomes a translated notice.
 */
public class PagesPortlet extends AdminPortlet {

    static final String PAGE = "page";
    static final String CONFIRM = "confirm";

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        String language = titleLanguage(request.getLocale());
        List<PageDescriptor> all = pages().pages();
        List<PageRow> rows = PageRow.of(all, language);
        request.setAttribute("rows", rows);
        request.setAttribute("language", language);
        request.setAttribute("layouts", Arrays.stream(LayoutTemplate.values()).map(LayoutTemplate::id).toList());
        request.setAttribute("themes", Arrays.stream(Theme.values()).map(Theme::id).toList());
        request.setAttribute("portlets", DeployedPortlets.names());
        String selected = request.getRenderParameters().getValue(PAGE);
        rows.stream().filter(r -> r.path().equals(selected)).findFirst().ifPresent(row -> {
            request.setAttribute("selected", row);
            request.setAttribute("columns", LayoutTemplate.byId(row.page().layout()).map(LayoutTemplate::columns).orElse(1));
            request.setAttribute("confirmDelete", row.path().equals(request.getRenderParameters().getValue(CONFIRM)));
            // Where the page may move: anywhere but into its own subtree (the back office checks this too).
            request.setAttribute("parents", all.stream().map(PageDescriptor::path)
                    .filter(p -> !p.equals(row.path()) && !p.startsWith(row.path() + "/")).toList());
        });
        include("pages/view.jsp", request, response);
    }

    @ProcessAction(name = "create")
    public void create(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String parent = form.getValue("parent");
        String name = text(form.getValue("name"));
        Map<String, String> titles = titles(form, Map.of());
        String[] created = new String[1];
        change(request, () -> created[0] = administration().createPage(parent, name, titles, form.getValue("layout"),
                form.getValue("theme")), Notice.done("page.created", name));
        if (created[0] != null) {
            response.getRenderParameters().setValue(PAGE, created[0]);
        }
    }

    @ProcessAction(name = "retitle")
    public void retitle(ActionRequest request, ActionResponse response) {
        String path = request.getActionParameters().getValue("path");
        // Titles in the languages the form does not show stay as they are.
        Map<String, String> titles = titles(request.getActionParameters(),
                pages().page(path).map(PageDescriptor::titles).orElse(Map.of()));
        change(request, () -> administration().retitle(path, titles), Notice.done("page.retitled", path));
    }

    @ProcessAction(name = "move")
    public void move(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String path = form.getValue("path");
        PageDescriptor page = pages().page(path).orElse(null);
        String direction = String.valueOf(form.getValue("direction"));
        String parent = direction.equals("parent") ? form.getValue("parent") : page == null ? null : page.parent();
        int index = switch (direction) {
            case "up" -> number(form.getValue("index")) - 1;
            case "down" -> number(form.getValue("index")) + 1;
            default -> Integer.MAX_VALUE;
        };
        String[] moved = new String[1];
        change(request, () -> moved[0] = administration().movePage(path, parent, Math.max(0, index)),
                Notice.done("page.moved", path));
        if (moved[0] != null) {
            response.getRenderParameters().setValue(PAGE, moved[0]);
        }
    }

    @ProcessAction(name = "settings")
    public void settings(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String path = form.getValue("path");
        PageDescriptor page = pages().page(path).orElse(null);
        String layout = form.getValue("layout");
        String theme = form.getValue("theme");
        boolean hidden = "true".equals(form.getValue("hidden"));
        // Only what changed, so the audit log names each change once.
        change(request, () -> {
            if (page == null || !page.layout().equals(layout)) {
                administration().setLayout(path, layout);
            }
            if (page == null || !page.theme().equals(theme)) {
                administration().setTheme(path, theme);
            }
            if (page == null || page.hidden() != hidden) {
                administration().setHidden(path, hidden);
            }
        }, Notice.done("page.changed", path));
    }

    @ProcessAction(name = "delete")
    public void delete(ActionRequest request, ActionResponse response) {
        String path = request.getActionParameters().getValue("path");
        change(request, () -> administration().deletePage(path), Notice.done("page.deleted", path));
        response.getRenderParameters().removeParameter(CONFIRM);
        if (pages().page(path).isEmpty()) {
            response.getRenderParameters().removeParameter(PAGE);
        }
    }

    @ProcessAction(name = "addWindow")
    public void addWindow(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String path = form.getValue("path");
        String portlet = text(form.getValue("portlet"));
        change(request, () -> administration().addWindow(path, portlet, number(form.getValue("column"))),
                Notice.done("window.added", portlet));
    }

    @ProcessAction(name = "removeWindow")
    public void removeWindow(ActionRequest request, ActionResponse response) {
        String window = request.getActionParameters().getValue("window");
        change(request, () -> administration().removeWindow(window), Notice.done("window.removed", window));
    }

    @ProcessAction(name = "moveWindow")
    public void moveWindow(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String window = form.getValue("window");
        change(request, () -> administration().moveWindow(window, number(form.getValue("column")),
                number(form.getValue("position"))), Notice.done("window.moved", window));
    }

    @ProcessAction(name = "lockWindow")
    public void lockWindow(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String window = form.getValue("window");
        boolean locked = "true".equals(form.getValue("locked"));
        change(request, () -> administration().setLocked(window, locked),
                Notice.done(locked ? "window.locked" : "window.unlocked", window));
    }

    /** The English title and the one in the form's language, over the titles the page has. */
    private static Map<String, String> titles(ActionParameters form, Map<String, String> existing) {
        Map<String, String> titles = new LinkedHashMap<>(existing);
        titles.put("en", text(form.getValue("titleEn")));
        String language = form.getValue("language");
        if (language != null && !language.isBlank() && !language.equals("en")) {
            titles.put(language, text(form.getValue("title")));
        }
        return new HashMap<>(titles);
    }

    /** The portal's languages are tags like "fr" and "zh-TW": a browser's "fr-CH" reads and writes the "fr" title. */
    static String titleLanguage(Locale locale) {
        return locale.getLanguage().equals("zh") ? locale.toLanguageTag() : locale.getLanguage();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
