package org.parkportal.layout.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parkportal.layout.application.PreferenceService;
import org.parkportal.layout.application.StoredPreference;
import org.parkportal.layout.domain.WindowPreference;
import org.parkportal.layout.infrastructure.PreferenceValues;

@Stateless
public class DefaultPreferenceService implements PreferenceService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Map<String, StoredPreference> load(String windowId, String userName) {
        Map<String, StoredPreference> preferences = new LinkedHashMap<>();
        em.createQuery("select p from WindowPreference p where p.windowId = :w and p.userName = :u order by p.name",
                        WindowPreference.class)
                .setParameter("w", windowId).setParameter("u", userName)
                .getResultList()
                .forEach(p -> preferences.put(p.name(),
                        new StoredPreference(p.name(), PreferenceValues.fromJson(p.values()), p.readOnly())));
        return preferences;
    }

    @Override
    public void store(String windowId, String userName, Collection<StoredPreference> preferences) {
        Map<String, WindowPreference> existing = new LinkedHashMap<>();
        em.createQuery("select p from WindowPreference p where p.windowId = :w and p.userName = :u",
                        WindowPreference.class)
                .setParameter("w", windowId).setParameter("u", userName)
                .getResultList()
                .forEach(p -> existing.put(p.name(), p));
        for (StoredPreference preference : preferences) {
            WindowPreference row = existing.remove(preference.name());
            if (row == null) {
                row = new WindowPreference(windowId, userName, preference.name());
                em.persist(row);
            }
            row.store(PreferenceValues.toJson(preference.values()), preference.readOnly());
        }
        existing.values().forEach(em::remove);
    }
}
