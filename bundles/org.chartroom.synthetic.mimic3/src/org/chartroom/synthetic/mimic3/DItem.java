package org.chartroom.synthetic.mimic3;

/**
 * A row of D_ITEMS: an item the generated events use. Empty fields are null.
 *
 * @param linksto the table whose rows use the item, lower case as in MIMIC-III (e.g. {@code chartevents})
 */
record DItem(int itemid, String label, String abbreviation, String dbsource, String linksto, String category,
		String unitname, String paramType) {

	/** The D_ITEMS row of a catalogue line with the usual columns (itemid, label, abbreviation, category, unitname, param_type). */
	static DItem of(Tsv.Row row, String dbsource, String linksto) {
		return new DItem(row.integer("itemid"), row.text("label"), row.textOrNull("abbreviation"), dbsource, linksto,
				row.textOrNull("category"), row.textOrNull("unitname"), row.textOrNull("param_type"));
	}
}
