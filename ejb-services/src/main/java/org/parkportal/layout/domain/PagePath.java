package org.parkportal.layout.domain;

/**
 * Where a page sits in the tree, as its URL path: its ancestors' names and its own joined by "/" ("home/reception").
 * Grants and users' arrangements refer to pages by this path, so moving a page rewrites it for the whole subtree.
 */
public record PagePath(String value) {

    public PagePath {
        if (value == null || value.isEmpty() || value.startsWith("/") || value.endsWith("/")) {
            throw new IllegalArgumentException("not a page path: \"" + value + "\"");
        }
    }

    /** The path of a page named {@code name} under {@code parent} (null: top level). */
    public static PagePath of(PagePath parent, String name) {
        return new PagePath(parent == null ? name : parent.value + "/" + name);
    }

    public String name() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** Whether this is {@code other} itself or one of its descendants. */
    public boolean isWithin(PagePath other) {
        return value.equals(other.value) || value.startsWith(other.value + "/");
    }

    /** This path with the subtree root {@code from} replaced by {@code to}; this must be within {@code from}. */
    public PagePath rebased(PagePath from, PagePath to) {
        if (!isWithin(from)) {
            throw new IllegalArgumentException(value + " is not within " + from.value);
        }
        return new PagePath(to.value + value.substring(from.value.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}
