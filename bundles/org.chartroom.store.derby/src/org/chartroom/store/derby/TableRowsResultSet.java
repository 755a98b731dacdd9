package org.chartroom.store.derby;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.apache.derby.vti.VTITemplate;
import org.chartroom.core.store.TableRows;

/**
 * {@link TableRows} seen by Derby as the result of a table function, so that
 * {@code INSERT ... SELECT FROM TABLE(...)} takes Derby's bulk-insert path. Date and time values
 * travel as text that the INSERT casts: Derby would otherwise read them through this machine's
 * time zone, and a wall-clock time inside a daylight-saving gap would move (see {@link BulkLoad}).
 *
 * <p>A failure of the source is kept here and thrown again, unchanged, once Derby gives up.
 */
final class TableRowsResultSet extends VTITemplate {

	private final TableRows rows;
	private long count;
	private boolean lastWasNull;
	private Exception failure;

	TableRowsResultSet(TableRows rows) {
		this.rows = rows;
	}

	long count() {
		return count;
	}

	/** What stopped the source, if anything: a StoreException or a runtime exception (cancel). */
	Exception failure() {
		return failure;
	}

	@Override
	public boolean next() throws SQLException {
		try {
			if (!rows.next()) {
				return false;
			}
		} catch (Exception e) { // a StoreException, or a runtime one such as a cancel
			failure = e;
			throw new SQLException("The source of the rows failed: " + e, e);
		}
		count++;
		return true;
	}

	@Override
	public void close() {
		// the caller owns the source
	}

	@Override
	public boolean wasNull() {
		return lastWasNull;
	}

	private Object value(int column) {
		Object value = rows.value(column - 1);
		lastWasNull = value == null;
		return value;
	}

	@Override
	public String getString(int column) {
		Object value = value(column);
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDateTime time) {
			return timestamp(time);
		}
		if (value instanceof LocalDate || value instanceof LocalTime) {
			return value.toString().length() == 5 ? value + ":00" : value.toString();
		}
		return value.toString();
	}

	@Override
	public boolean getBoolean(int column) {
		return value(column) instanceof Boolean b && b;
	}

	@Override
	public short getShort(int column) {
		return value(column) instanceof Number n ? n.shortValue() : 0;
	}

	@Override
	public int getInt(int column) {
		return value(column) instanceof Number n ? n.intValue() : 0;
	}

	@Override
	public long getLong(int column) {
		return value(column) instanceof Number n ? n.longValue() : 0;
	}

	@Override
	public float getFloat(int column) {
		return value(column) instanceof Number n ? n.floatValue() : 0;
	}

	@Override
	public double getDouble(int column) {
		return value(column) instanceof Number n ? n.doubleValue() : 0;
	}

	@Override
	public BigDecimal getBigDecimal(int column) {
		Object value = value(column);
		return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
	}

	/** {@code YYYY-MM-DD HH:MM:SS[.fraction]}, the text Derby casts to TIMESTAMP without a time zone. */
	static String timestamp(LocalDateTime time) {
		StringBuilder text = new StringBuilder(29).append(time.toLocalDate()).append(' ');
		two(text, time.getHour()).append(':');
		two(text, time.getMinute()).append(':');
		two(text, time.getSecond());
		if (time.getNano() != 0) {
			String nanos = Integer.toString(1_000_000_000 + time.getNano()).substring(1);
			text.append('.').append(nanos.replaceAll("0+$", ""));
		}
		return text.toString();
	}

	private static StringBuilder two(StringBuilder text, int value) {
		return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}
}
