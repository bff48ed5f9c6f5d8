package org.parkportal.layout.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A page of the portal: a node in the page tree with a friendly URL path, a layout, a theme and its windows. */
@Entity
@Table(name = "portal_page")
public class PortalPage {

    @Id
    @SequenceGenerator(name = "portal_page_seq", sequenceName = "portal_page_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_page_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String path;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private PortalPage parent;

    private int position;
    private String layout;
    private String theme;
    private boolean hidden;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "page_title", joinColumns = @JoinColumn(name = "page_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "title")
    private Map<String, String> titles = new HashMap<>();

    @OneToMany(mappedBy = "page", fetch = FetchType.EAGER, orphanRemoval = true, cascade = jakarta.persistence.CascadeType.ALL)
    @OrderBy("columnIndex, position")
    private List<WindowPlacement> windows = new ArrayList<>();

    protected PortalPage() {
    }

    public PortalPage(String path, PortalPage parent) {
        this.path = path;
        this.parent = parent;
    }

    public Long id() { return id; }
    public String path() { return path; }
    public PortalPage parent() { return parent; }
    public int position() { return position; }
    public String layout() { return layout; }
    public String theme() { return theme; }
    public boolean hidden() { return hidden; }
    public Map<String, String> titles() { return titles; }
    public List<WindowPlacement> windows() { return windows; }

    public void describe(int position, String layout, String theme, boolean hidden, Map<String, String> titles) {
        this.position = position;
        this.layout = layout;
        this.theme = theme;
        this.hidden = hidden;
        this.titles.clear();
        this.titles.putAll(titles);
    }

    public void moveUnder(PortalPage parent) {
        this.parent = parent;
    }

    /** A new place in the tree; the caller rewrites the paths of the descendants (see PagePath). */
    public void relocate(PortalPage parent, String path) {
        this.parent = parent;
        this.path = path;
    }

    public void reposition(int position) { this.position = position; }
    public void changeLayout(String layout) { this.layout = layout; }
    public void changeTheme(String theme) { this.theme = theme; }
    public void changeHidden(boolean hidden) { this.hidden = hidden; }

    public void retitle(Map<String, String> titles) {
        this.titles.clear();
        this.titles.putAll(titles);
    }
}
