package org.parkportal.search.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.access.domain.Subject;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.directory.application.TenantContext;
import org.parkportal.directory.domain.Person;
import org.parkportal.search.application.SearchAccessDenied;
import org.parkportal.search.application.SearchService;
import org.parkportal.search.domain.SearchPerformed;
import org.parkportal.search.domain.SearchQuery;
import org.parkportal.search.domain.SearchResults;
import org.parkportal.search.domain.Suggestion;
import org.parkportal.search.domain.Viewer;

/**
 * Searches this node's index as the caller: the viewer is built from the container's identity (user, directory
 * groups, tenant), never from a parameter.
 */
@Stateless
public class DefaultSearchService implements SearchService {

    private static final Logger LOG = Logger.getLogger(DefaultSearchService.class.getName());
    private static final int MAX_SUGGESTIONS = 10;

    private final String adminGroup = System.getProperty("portal.admin.group", "portal-admins");

    @EJB
    private IndexNode node;

    @EJB
    private CallerSubject caller;

    @EJB
    private TenantContext tenant;

    @EJB
    private SourceSync sources;

    @EJB
    private ChangeLog log;

    @EJB
    private DirectoryPeople people;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext context;

    /** For analytics: observers of SearchPerformed hear of every search (none are required). */
    @Inject
    private Event<SearchPerformed> performed;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SearchResults search(SearchQuery query) {
        Viewer viewer = viewer();
        SearchResults results = node.search(query, viewer);
        if (!query.isEmpty()) {
            announce(new SearchPerformed(query.text(), query.language(), query.type(), results.total(),
                    viewer.isGuest()));
        }
        return results;
    }

    private void announce(SearchPerformed event) {
        try {
            performed.fire(event);
        } catch (RuntimeException e) {
            // A failing observer must not cost the visitor their results.
            LOG.log(Level.WARNING, "An observer of SearchPerformed failed", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Suggestion> suggest(String text, String language, int limit) {
        return node.suggest(text, language, viewer(), Math.min(limit, MAX_SUGGESTIONS));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mayRebuild() {
        return context.isCallerInRole(adminGroup);
    }

    @Override
    public long rebuild() {
        if (!mayRebuild()) {
            throw new SearchAccessDenied();
        }
        List<Person> everybody = null;
        try {
            everybody = people.everybody();
        } catch (RuntimeException e) {
            // The directory may be down: rebuild from what the database has, the people follow when it is back.
            LOG.log(Level.WARNING, "People not read for the search rebuild: {0}", e.toString());
            sources.forget();
        }
        sources.publishPages();
        if (everybody != null) {
            sources.publishPeople(everybody);
        }
        log.requestRebuild();
        node.nudgeAfterCommit();
        long documents = log.documentCount();
        audit.record(AuditAction.SEARCH_INDEX_REBUILT, "search", documents + " documents");
        return documents;
    }

    private Viewer viewer() {
        Subject subject = caller.current();
        return subject.isGuest() ? Viewer.GUEST
                : Viewer.of(subject.user(), subject.groups(), tenant.currentTenant().orElse(null));
    }
}
