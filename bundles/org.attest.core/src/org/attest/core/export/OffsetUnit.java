package org.attest.core.export;

/** How exported span offsets count: Unicode code points (Python's str indexes) or UTF-16 code units (Java's). */
public enum OffsetUnit {
	CODE_POINTS, UTF16
}
