package org.parkportal.search.infrastructure;

import java.nio.file.Path;

/**
 * Where this node keeps its index: {@code <portal.data.dir>/search/<node>}, the data folder being the server's own
 * when the launcher sets none. Each node of a cluster (jboss.node.name) has its own folder, so nodes sharing a disk
 * never share an index.
 */
public final class IndexLocation {

    private IndexLocation() {
    }

    public static Path folder() {
        String data = System.getProperty("portal.data.dir", System.getProperty("jboss.server.data.dir", "."));
        String node = System.getProperty("jboss.node.name", "node").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(data, "search", node);
    }
}
