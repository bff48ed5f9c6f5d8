package org.parkportal.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One stored grant: an action on a resource for a grantee. */
@Entity
@Table(name = "access_grant")
public class AccessGrant {

    @Id
    @SequenceGenerator(name = "access_grant_seq", sequenceName = "access_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_grant_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_kind")
    private ProtectedResource.Kind resourceKind;

    @Column(name = "resource_id")
    private String resourceId;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "grantee_kind")
    private Grantee.Kind granteeKind;

    @Column(name = "grantee_name")
    private String granteeName;

    protected AccessGrant() {
    }

    public AccessGrant(ProtectedResource resource, Action action, Grantee grantee) {
        this.resourceKind = resource.kind();
        this.resourceId = resource.id();
        this.action = action;
        this.granteeKind = grantee.kind();
        this.granteeName = grantee.name();
    }

    public ProtectedResource resource() {
        return new ProtectedResource(resourceKind, resourceId);
    }

    public Action action() {
        return action;
    }

    public Grantee grantee() {
        return new Grantee(granteeKind, granteeName);
    }
}
