package org.parkportal.search.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.parkportal.access.application.AccessService;
import org.parkportal.directory.domain.Person;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.PageService;
import org.parkportal.search.application.SearchPublisher;
import org.parkportal.search.domain.SearchDocument;

/**
 * Publishes the pages and people that exist today, whose contexts do not publish themselves: the pages whenever
 * the page tree or a grant changed (both are in memory, so the check is cheap each poll), the people of the
 * directory every few minutes. Publishing an unchanged document writes nothing, so several nodes doing the same is
 * harmless.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SourceSync {

    private static final Logger LOG = Logger.getLogger(SourceSync.class.getName());
    private static final long PEOPLE_EVERY_MILLIS = Long.getLong("portal.search.people.ms", 10 * 60 * 1000);
    private static final long PEOPLE_RETRY_MILLIS = 60 * 1000;

    @EJB
    private PageService pages;

    @EJB
    private AccessService access;

    @EJB
    private DirectoryPeople people;

    @EJB
    private SearchPublisher publisher;

    @EJB
    private ChangeLog log;

    @Resource
    private SessionContext context;

    private volatile Integer pagesSeen;
    private volatile long peopleDue;

    /** Called by the poll: publishes pages if they or their grants changed, people if it is time. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refreshIfDue() {
        SourceSync self = context.getBusinessObject(SourceSync.class);
        int seen = fingerprint();
        if (!Objects.equals(pagesSeen, seen)) {
            self.publishPages();
            pagesSeen = seen;
        }
        long now = System.currentTimeMillis();
        if (now >= peopleDue) {
            try {
                int published = self.publishPeople(people.everybody());
                LOG.fine(() -> published + " people published for search");
                peopleDue = now + PEOPLE_EVERY_MILLIS;
            } catch (RuntimeException e) {
                // The directory may be down (WildFly starts without it): try again soon, quietly.
                peopleDue = now + PEOPLE_RETRY_MILLIS;
                LOG.info(() -> "People not read for search (will try again): " + e);
            }
        }
    }

    private int fingerprint() {
        return Objects.hash(pages.pages(), access.version());
    }

    /** Publishes every shared page and withdraws the pages that are gone or hidden; returns how many there are. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int publishPages() {
        List<SearchDocument> documents = PageDocuments.of(pages.pages(), access.rules());
        return replaceAll(SearchDocument.PAGE, documents);
    }

    /**
     * Publishes these people (everybody in the directory) and withdraws those who left or were disabled. The caller
     * reads them first, outside its transaction: a directory that fails must not doom the transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int publishPeople(List<Person> everybody) {
        List<SearchDocument> documents = everybody.stream().map(PersonDocuments::of).filter(Objects::nonNull).toList();
        return replaceAll(SearchDocument.PERSON, documents);
    }

    private int replaceAll(String type, List<SearchDocument> documents) {
        Set<String> gone = new TreeSet<>(log.idsOfType(type));
        for (SearchDocument d : documents) {
            publisher.publish(d);
            gone.remove(d.id());
        }
        gone.forEach(publisher::withdraw);
        return documents.size();
    }

    /** Makes the next poll publish pages and people again (after a rebuild was asked for). */
    public void forget() {
        pagesSeen = null;
        peopleDue = 0;
    }
}
