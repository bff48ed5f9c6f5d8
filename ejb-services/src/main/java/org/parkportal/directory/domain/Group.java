package org.parkportal.directory.domain;

import java.util.List;

/** A directory group: its name is what grants and roles refer to; members by login name. */
public record Group(String name, String description, List<String> members) {

    public Group {
        members = List.copyOf(members);
    }
}
