package org.parkportal.directory.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language and theme a user saved during their current sign-in. The security identity holds what the directory
 * said at sign-in; a choice saved since (from the profile portlet, say) must apply at once, not at the next
 * sign-in, so the portal asks here first. Kept in memory per node; the directory remains the record.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ProfileChoices {

    /** A saved choice; a null field means "not changed since sign-in". */
    public record Choices(String language, String theme) {
    }

    private final Map<String, Choices> latest = new ConcurrentHashMap<>();

    public Optional<Choices> latest(String uid) {
        return uid == null ? Optional.empty() : Optional.ofNullable(latest.get(uid));
    }

    /** Records what the user just saved; null leaves that part as it was. */
    public void remember(String uid, String language, String theme) {
        latest.merge(uid, new Choices(language, theme), (old, now) -> new Choices(
                language != null ? language : old.language(), theme != null ? theme : old.theme()));
    }

    /** At sign-in the identity is fresh again: what it says is current. */
    public void forget(String uid) {
        latest.remove(uid);
    }
}
