package org.parkportal.layout.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** The shared page tree. Reads are served from memory; an import replaces the snapshot atomically. */
@Local
public interface PageService {

    /** All pages, parents before children, siblings by position. */
    List<PageDescriptor> pages();

    Optional<PageDescriptor> page(String path);

    /** Creates or updates the pages of the set; importing the same set again changes nothing. */
    ImportResult importPageSet(PageSet pageSet);
}
