package org.parkportal.layout.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.regex.Pattern;

/** A portlet window: one portlet placed in a column of a page. Its id is stable and appears in URLs. */
@Entity
@Table(name = "portlet_window")
public class WindowPlacement {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final Pattern PORTLET = Pattern.compile("[A-Za-z0-9._-]+/[A-Za-z0-9._-]+");

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "page_id")
    private PortalPage page;

    /** "application/portlet", e.g. "samples/welcome". */
    private String portlet;

    @Column(name = "column_index")
    private int columnIndex;

    private int position;

    /** A locked window stays where the shared page puts it: users can neither move nor remove it. */
    private boolean locked;

    protected WindowPlacement() {
    }

    public WindowPlacement(String id, PortalPage page) {
        this.id = id;
        this.page = page;
    }

    public String id() { return id; }
    public PortalPage page() { return page; }
    public String portlet() { return portlet; }
    public int columnIndex() { return columnIndex; }
    public int position() { return position; }
    public boolean locked() { return locked; }

    /** Letters, digits, '-' and '_', at most 100; ids starting "my-" belong to the windows users add. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches() && !id.startsWith(PersonalWindow.OWN_PREFIX);
    }

    /** "application/portlet": the portlet application's name (its context path) and the portlet's. */
    public static boolean isPortletName(String portlet) {
        return portlet != null && PORTLET.matcher(portlet).matches();
    }

    /**
     * The id to try for a new window of the portlet on the page named {@code pageName}: "pagename-portlet" on the
     * first attempt, then "pagename-portlet-2", "-3", ... Readable in URLs, and never in the users' "my-" space.
     */
    public static String suggestedId(String pageName, String portlet, int attempt) {
        String base = (pageName + "-" + portlet.substring(portlet.indexOf('/') + 1)).replaceAll("[^A-Za-z0-9_-]", "-");
        if (base.startsWith(PersonalWindow.OWN_PREFIX)) {
            base = "page-" + base;
        }
        base = base.substring(0, Math.min(base.length(), 90));
        return attempt <= 1 ? base : base + "-" + attempt;
    }

    public void moveTo(int columnIndex, int position) {
        this.columnIndex = columnIndex;
        this.position = position;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public void place(String portlet, int columnIndex, int position, boolean locked) {
        this.portlet = portlet;
        this.columnIndex = columnIndex;
        this.position = position;
        this.locked = locked;
    }
}
