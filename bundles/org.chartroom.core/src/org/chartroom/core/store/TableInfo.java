package org.chartroom.core.store;

/**
 * A table of a dataset as the store sees it.
 *
 * @param name        the table name as the database stores it
 * @param columnCount how many columns it has
 * @param rowCount    how many rows it holds
 */
public record TableInfo(String name, int columnCount, long rowCount) {
}
