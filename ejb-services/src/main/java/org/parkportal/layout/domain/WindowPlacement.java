package org.parkportal.layout.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A portlet window: one portlet placed in a column of a page. Its id is stable and appears in URLs. */
@Entity
@Table(name = "portlet_window")
public class WindowPlacement {

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

    public void place(String portlet, int columnIndex, int position, boolean locked) {
        this.portlet = portlet;
        this.columnIndex = columnIndex;
        this.position = position;
        this.locked = locked;
    }
}
