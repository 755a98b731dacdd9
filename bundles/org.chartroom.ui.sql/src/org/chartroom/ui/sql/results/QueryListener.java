package org.chartroom.ui.sql.results;

import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.sql.TextPosition;
import org.chartroom.sql.result.ResultCursor;
import org.chartroom.sql.result.ResultPage;

/** Hears how a run of the editor's SQL went; called from the job's thread. */
public interface QueryListener {

	/** The last statement returned rows: its first page, and the cursor for the rest. */
	void rows(List<ResultColumn> columns, ResultPage first, ResultCursor cursor, String summary);

	/** The statements ran and returned no rows (e.g. a write to SCRATCH). */
	void done(String summary);

	/**
	 * A statement failed; nothing after it ran.
	 *
	 * @param position where in the script the error points, when it could be found
	 */
	void failed(String message, Optional<TextPosition> position);

	void cancelled();
}
