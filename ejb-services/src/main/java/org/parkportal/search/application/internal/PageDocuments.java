package org.parkportal.search.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parkportal.access.domain.AccessRules;
import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.Grantee;
import org.parkportal.access.domain.Grants;
import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.search.domain.SearchDocument;

/**
 * The shared pages as search documents: found by their titles in every language, by whoever may view them (any
 * grant includes view; administrators view every page). Hidden pages are left out: they are not meant to be
 * navigated to.
 */
final class PageDocuments {

    static final String ID_PREFIX = SearchDocument.PAGE + ":";
    private static final String PORTAL = "/portal/";

    private PageDocuments() {
    }

    static List<SearchDocument> of(List<PageDescriptor> pages, AccessRules rules) {
        List<SearchDocument> documents = new ArrayList<>();
        for (PageDescriptor page : pages) {
            if (page.hidden() || page.privatePage() || page.owner() != null) {
                continue;
            }
            documents.add(new SearchDocument(ID_PREFIX + page.path(), SearchDocument.PAGE, page.title("en"), "",
                    null, PORTAL + page.path(), viewers(rules.of(ProtectedResource.page(page.path())), rules),
                    null, page.titles()));
        }
        return documents;
    }

    private static Set<String> viewers(Grants grants, AccessRules rules) {
        Set<String> viewers = new TreeSet<>();
        for (Action action : Action.values()) {
            grants.of(action).stream().map(Grantee::toString).forEach(viewers::add);
        }
        viewers.add(Grantee.group(rules.adminGroup()).toString());
        return viewers;
    }
}
