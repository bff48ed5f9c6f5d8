package org.parkportal.audit.application;

/**
 * The result of checking the hash chain: intact over {@code entries} entries, or broken first at
 * {@code firstBrokenId} (that entry, or its predecessor, was changed or removed).
 */
public record ChainCheck(long entries, Long firstBrokenId) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
