package org.chartroom.core.concepts;

/** How a concept's values are spread in one event table's value column. */
public sealed interface ValueDistribution permits NumericDistribution, TextDistribution {

	/** The event table the values come from. */
	String eventTable();

	/** The value column. */
	String column();

	/** How many rows of the concept have a value there. */
	long count();
}
