package org.chartroom.store.derby;

import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads one value of a result row as the plain Java type the {@link org.chartroom.core.store.RowHandler}
 * contract names. Dates and times are read as text and parsed, so that no time-zone
 * conversion can move a wall-clock time (MIMIC's shifted dates meet daylight-saving gaps too).
 */
final class DerbyValues {

	private DerbyValues() {
	}

	static Object read(ResultSet rs, int column, JDBCType type) throws SQLException {
		Object value = switch (type) {
		case CHAR, VARCHAR, LONGVARCHAR, CLOB, NCHAR, NVARCHAR, LONGNVARCHAR, NCLOB -> rs.getString(column);
		case SMALLINT, TINYINT, INTEGER -> rs.getInt(column);
		case BIGINT -> rs.getLong(column);
		case DECIMAL, NUMERIC -> rs.getBigDecimal(column);
		case REAL -> rs.getFloat(column);
		case FLOAT, DOUBLE -> rs.getDouble(column);
		case BOOLEAN, BIT -> rs.getBoolean(column);
		case DATE -> date(rs.getString(column));
		case TIME -> time(rs.getString(column));
		case TIMESTAMP -> timestamp(rs.getString(column));
		case BINARY, VARBINARY, LONGVARBINARY, BLOB -> rs.getBytes(column);
		default -> rs.getObject(column);
		};
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	private static LocalTime time(String text) {
		return text == null ? null : LocalTime.parse(text);
	}

	/** Derby writes timestamps as {@code 2101-10-20 19:08:00.0}. */
	private static LocalDateTime timestamp(String text) {
		return text == null ? null : LocalDateTime.parse(text.replace(' ', 'T'));
	}
}
