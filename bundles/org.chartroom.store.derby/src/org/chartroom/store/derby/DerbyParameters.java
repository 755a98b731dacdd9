package org.chartroom.store.derby;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Binds the parameters of a query. Dates and times go in as text in Derby's own format, so that,
 * as when they are read, no time zone can move a wall-clock time.
 */
final class DerbyParameters {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS");

	private DerbyParameters() {
	}

	static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			int index = i + 1;
			switch (parameters.get(i)) {
			case null -> statement.setNull(index, Types.VARCHAR);
			case String text -> statement.setString(index, text);
			case Integer number -> statement.setInt(index, number);
			case Long number -> statement.setLong(index, number);
			case Double number -> statement.setDouble(index, number);
			case BigDecimal number -> statement.setBigDecimal(index, number);
			case LocalDateTime time -> statement.setString(index, TIMESTAMP.format(time));
			case LocalDate date -> statement.setString(index, date.toString());
			case Object other -> throw new SQLException("A query parameter of type " + other.getClass().getSimpleName()
					+ " cannot be bound; use text, a number, a LocalDate or a LocalDateTime.");
			}
		}
	}
}
