package org.parkportal.layout.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One stored portlet preference of a window, shared (user "") or of one user. Values are kept as a JSON array. */
@Entity
@Table(name = "window_preference")
public class WindowPreference {

    public static final String SHARED = "";

    @Id
    @SequenceGenerator(name = "window_preference_seq", sequenceName = "window_preference_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "window_preference_seq")
    private Long id;

    @Column(name = "window_id")
    private String windowId;

    @Column(name = "user_name")
    private String userName;

    private String name;

    @Column(name = "pref_values")
    private String values;

    @Column(name = "read_only")
    private boolean readOnly;

    protected WindowPreference() {
    }

    public WindowPreference(String windowId, String userName, String name) {
        this.windowId = windowId;
        this.userName = userName;
        this.name = name;
    }

    public String windowId() { return windowId; }
    public String userName() { return userName; }
    public String name() { return name; }
    public String values() { return values; }
    public boolean readOnly() { return readOnly; }

    public void store(String jsonValues, boolean readOnly) {
        this.values = jsonValues;
        this.readOnly = readOnly;
    }
}
