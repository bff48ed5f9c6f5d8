package org.parkportal.layout.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A user's layout and theme for a shared page, or one of the user's private pages. */
@Entity
@Table(name = "personal_page")
public class PersonalPage {

    @Id
    @SequenceGenerator(name = "personal_seq", sequenceName = "personal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_seq")
    private Long id;

    @Column(name = "user_name")
    private String userName;

    private String path;

    @Column(name = "private_page")
    private boolean privatePage;

    private String title;

    private String layout;

    private String theme;

    private int position;

    protected PersonalPage() {
    }

    public PersonalPage(String userName, String path, boolean privatePage) {
        this.userName = userName;
        this.path = path;
        this.privatePage = privatePage;
    }

    public String userName() { return userName; }
    public String path() { return path; }
    public boolean privatePage() { return privatePage; }
    public String title() { return title; }
    public String layout() { return layout; }
    public String theme() { return theme; }
    public int position() { return position; }

    public void title(String title) { this.title = title; }
    public void layout(String layout) { this.layout = layout; }
    public void theme(String theme) { this.theme = theme; }
    public void position(int position) { this.position = position; }
}
