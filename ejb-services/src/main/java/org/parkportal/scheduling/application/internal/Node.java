package org.parkportal.scheduling.application.internal;

/** The name of this server in a cluster, as runs record it: WildFly's node name (the host name unless configured). */
final class Node {

    private Node() {
    }

    static String name() {
        return System.getProperty("jboss.node.name", "local");
    }
}
