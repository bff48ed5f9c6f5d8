package org.parkportal.portal.container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.portlet.PortletRequest;
import javax.portlet.PreferencesValidator;
import javax.portlet.ValidatorException;
import org.apache.pluto.container.PortletPreference;
import org.apache.pluto.container.PortletPreferencesService;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.impl.PortletPreferenceImpl;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.apache.pluto.container.om.portlet.Preference;
import org.apache.pluto.container.om.portlet.Preferences;
import org.parkportal.layout.application.PreferenceService;
import org.parkportal.layout.application.StoredPreference;

/**
 * Portlet preferences: defaults from portlet.xml, overlaid with what is stored in the database for the window
 * (shared), overlaid with the signed-in user's own values. A signed-in user's changes are stored as theirs only.
 */
final class PreferencesStore implements PortletPreferencesService {

    private final PreferenceService preferences;
    private final PortletApplications applications;
    private final Map<PortletDefinition, PreferencesValidator> validators = new ConcurrentHashMap<>();
    /**
     * Stored preferences by window and user, read on nearly every render. Writes go through this store, which
     * drops the entry; on a cluster a node's cache would need the same signal from the others (not yet needed).
     */
    private final Map<String, Map<String, StoredPreference>> cached = new ConcurrentHashMap<>();

    PreferencesStore(PreferenceService preferences, PortletApplications applications) {
        this.preferences = preferences;
        this.applications = applications;
    }

    @Override
    public Map<String, PortletPreference> getDefaultPreferences(PortletWindow window, PortletRequest request) {
        Map<String, PortletPreference> defaults = new HashMap<>();
        Preferences declared = window.getPortletDefinition().getPortletPreferences();
        if (declared != null) {
            for (Preference p : declared.getPortletPreferences()) {
                List<String> values = p.getValues();
                // A preference declared without a value answers the caller's default, so no empty array here.
                String[] array = values == null || values.isEmpty() ? null : values.toArray(String[]::new);
                defaults.put(p.getName(), new PortletPreferenceImpl(p.getName(), array, p.isReadOnly()));
            }
        }
        return defaults;
    }

    @Override
    public Map<String, PortletPreference> getStoredPreferences(PortletWindow window, PortletRequest request) {
        String windowId = window.getId().getStringId();
        Map<String, PortletPreference> stored = new HashMap<>();
        put(stored, load(windowId, PreferenceService.SHARED));
        String user = request.getRemoteUser();
        if (user != null) {
            put(stored, load(windowId, user));
        }
        return stored;
    }

    @Override
    public void store(PortletWindow window, PortletRequest request, Map<String, PortletPreference> values) {
        Map<String, PortletPreference> defaults = getDefaultPreferences(window, request);
        List<StoredPreference> changed = new ArrayList<>();
        for (PortletPreference p : values.values()) {
            PortletPreference d = defaults.get(p.getName());
            boolean isDefault = d != null && Arrays.equals(d.getValues(), p.getValues());
            if (!isDefault) {
                String[] v = p.getValues();
                changed.add(new StoredPreference(p.getName(), v == null ? null : Arrays.asList(v), p.isReadOnly()));
            }
        }
        String user = request.getRemoteUser() == null ? PreferenceService.SHARED : request.getRemoteUser();
        String windowId = window.getId().getStringId();
        try {
            preferences.store(windowId, user, changed);
        } finally {
            cached.remove(key(windowId, user));
        }
    }

    private Map<String, StoredPreference> load(String windowId, String user) {
        return cached.computeIfAbsent(key(windowId, user), k -> Map.copyOf(preferences.load(windowId, user)));
    }

    private static String key(String windowId, String user) {
        return windowId + "\n" + user;
    }

    @Override
    public PreferencesValidator getPreferencesValidator(PortletDefinition portlet) throws ValidatorException {
        Preferences declared = portlet.getPortletPreferences();
        if (declared == null || declared.getPreferencesValidator() == null) {
            return null;
        }
        try {
            return validators.computeIfAbsent(portlet, this::createValidator);
        } catch (IllegalStateException e) {
            throw new ValidatorException(e.getMessage(), List.of());
        }
    }

    private PreferencesValidator createValidator(PortletDefinition portlet) {
        String className = portlet.getPortletPreferences().getPreferencesValidator();
        try {
            ClassLoader loader = applications.getClassLoader(portlet.getApplication().getName());
            return (PreferencesValidator) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Preferences validator " + className + " cannot be created: " + e);
        }
    }

    private static void put(Map<String, PortletPreference> into, Map<String, StoredPreference> stored) {
        stored.values().forEach(p -> into.put(p.name(), new PortletPreferenceImpl(p.name(),
                p.values() == null ? null : p.values().toArray(String[]::new), p.readOnly())));
    }
}
