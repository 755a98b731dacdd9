package org.chartroom.core.overview;

import java.time.LocalDateTime;

/**
 * The wall-clock times a dataset's records cover, as stored (no time zone; MIMIC's dates are shifted).
 *
 * @param start the earliest start of a top-level stay
 * @param end   the latest end of a top-level stay
 */
public record TimeSpan(LocalDateTime start, LocalDateTime end) {
}
