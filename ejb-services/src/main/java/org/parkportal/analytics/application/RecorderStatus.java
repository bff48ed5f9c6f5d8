package org.parkportal.analytics.application;

import java.io.Serializable;

/** The recorder of this node since it started. */
public record RecorderStatus(long accepted, long dropped, long lost, int waiting) implements Serializable {
}
