package org.parkportal.portal.access;

import org.parkportal.access.application.AccessService;
import org.parkportal.access.domain.AccessRules;
import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.access.domain.Subject;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.portal.identity.Visitor;

/**
 * What one visitor may see and do, for the length of a request (under the grants as they were when it began). A window needs its page, its own grants (if it
 * has any) and its portlet's grants (if it has any): an administration portlet stays hidden even when somebody
 * places it on a public page.
 */
public final class PageAccess {

    private final AccessRules rules;
    private final Visitor visitor;
    private final Subject subject;
    private final long arrangementVersion;

    public PageAccess(AccessService access, Visitor visitor) {
        this(access, visitor, 0);
    }

    /** @param arrangementVersion the version of the visitor's own page arrangements (personalisation) */
    public PageAccess(AccessService access, Visitor visitor, long arrangementVersion) {
        this.rules = access.rules();
        this.visitor = visitor;
        this.subject = visitor.isGuest() ? Subject.GUEST : new Subject(visitor.name(), visitor.groups());
        this.arrangementVersion = arrangementVersion;
    }

    /** A private page is its owner's alone; a shared page (or a user's arrangement of it) goes by its grants. */
    public boolean canView(PageDescriptor page) {
        return can(Action.VIEW, page);
    }

    /** Whether the visitor may arrange a copy of the page for themselves (always on their private pages). */
    public boolean canCustomise(PageDescriptor page) {
        return !visitor.isGuest() && can(Action.CUSTOMIZE, page);
    }

    public boolean can(Action action, PageDescriptor page) {
        if (page.privatePage()) {
            return !visitor.isGuest() && visitor.name().equals(page.owner());
        }
        return rules.allows(subject, action, ProtectedResource.page(page.path()));
    }

    /** Whether the window may be shown to this visitor, given that they may view its page. */
    public boolean canView(WindowDescriptor window) {
        return rules.allows(subject, Action.VIEW, ProtectedResource.window(window.id()))
                && canUse(window.portlet());
    }

    /** Whether the portlet ("application/portlet") is in this visitor's catalogue. */
    public boolean canUse(String portlet) {
        return rules.allows(subject, Action.VIEW, ProtectedResource.portlet(portlet));
    }

    public Visitor visitor() {
        return visitor;
    }

    /** Who is asking under which grants and arrangements: rendered pages are cached per this key. */
    public String cacheScope() {
        return (visitor.isGuest() ? "" : "user:" + visitor.name() + "|layout:" + arrangementVersion)
                + "|grants:" + rules.version();
    }
}
