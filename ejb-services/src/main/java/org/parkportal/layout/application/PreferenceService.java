package org.parkportal.layout.application;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;

/** Portlet preferences per window, shared (user "") or per user. */
@Local
public interface PreferenceService {

    String SHARED = "";

    Map<String, StoredPreference> load(String windowId, String userName);

    /** Replaces every stored preference of the window for that user, in one transaction. */
    void store(String windowId, String userName, Collection<StoredPreference> preferences);
}
