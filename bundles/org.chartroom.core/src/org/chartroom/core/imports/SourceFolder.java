package org.chartroom.core.imports;

import java.util.List;

/** A folder of an import source, on disk or inside a zip: its files and its folders, one level deep. */
interface SourceFolder {

	/** Where the folder is, for messages. */
	String location();

	/** The files directly in this folder. */
	List<SourceFile> files() throws ImportException;

	/** The folders directly in this folder. */
	List<SourceFolder> folders() throws ImportException;
}
