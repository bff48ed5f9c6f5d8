package org.parkportal.layout.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Where one user has a window: a shared window moved or hidden by the user (portlet null), or a window the user
 * added (portlet set). Shared windows the user never touched have no row, so the shared page still rules them.
 */
@Entity
@Table(name = "personal_window")
public class PersonalWindow {

    /** Windows users add get ids with this prefix, which page sets may not use. */
    public static final String OWN_PREFIX = "my-";

    @Id
    @SequenceGenerator(name = "personal_seq", sequenceName = "personal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_seq")
    private Long id;

    @Column(name = "user_name")
    private String userName;

    @Column(name = "page_path")
    private String pagePath;

    @Column(name = "window_id")
    private String windowId;

    private String portlet;

    @Column(name = "column_index")
    private int columnIndex;

    private int position;

    private boolean hidden;

    protected PersonalWindow() {
    }

    public PersonalWindow(String userName, String pagePath, String windowId, String portlet) {
        this.userName = userName;
        this.pagePath = pagePath;
        this.windowId = windowId;
        this.portlet = portlet;
    }

    public String userName() { return userName; }
    public String pagePath() { return pagePath; }
    public String windowId() { return windowId; }
    public String portlet() { return portlet; }
    public int columnIndex() { return columnIndex; }
    public int position() { return position; }
    public boolean hidden() { return hidden; }

    public boolean own() {
        return portlet != null;
    }

    public void place(int columnIndex, int position) {
        this.columnIndex = columnIndex;
        this.position = position;
        this.hidden = false;
    }

    public void hide() {
        this.hidden = true;
    }
}
