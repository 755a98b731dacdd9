package org.chartroom.population;

import org.chartroom.core.store.StoreException;

/** A population or measurement that does not fit the dataset: an unknown cohort, dictionary or concept. */
public final class PopulationException extends StoreException {

	private static final long serialVersionUID = 1L;

	public PopulationException(String message) {
		super(message);
	}
}
