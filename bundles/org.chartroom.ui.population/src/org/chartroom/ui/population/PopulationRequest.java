package org.chartroom.ui.population;

import java.util.Optional;

/**
 * What the Population view is asked to show: a dataset by name and, optionally, one of its saved
 * cohorts. Sent as the data of {@link PopulationView#SHOW_TOPIC}.
 */
public record PopulationRequest(String dataset, Optional<String> cohort) {
}
