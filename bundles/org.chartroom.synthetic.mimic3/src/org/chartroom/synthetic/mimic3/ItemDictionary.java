package org.chartroom.synthetic.mimic3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** D_ITEMS: every item the generated events use, from all catalogues, by item id; an id defined twice is a catalogue bug. */
final class ItemDictionary {

	private ItemDictionary() {
	}

	static void write(TableFile table, List<DItem> items) throws IOException {
		List<DItem> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparingInt(DItem::itemid));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).itemid() == sorted.get(i - 1).itemid()) {
				throw new IllegalStateException("Item " + sorted.get(i).itemid() + " is defined twice: "
						+ sorted.get(i - 1).label() + " and " + sorted.get(i).label());
			}
		}
		TableFile.Rows rows = table.rows("ITEMID", "LABEL", "ABBREVIATION", "DBSOURCE", "LINKSTO", "CATEGORY", "UNITNAME",
				"PARAM_TYPE", "CONCEPTID");
		for (DItem item : sorted) {
			rows.add(Text.of(item.itemid()), item.label(), item.abbreviation(), item.dbsource(), item.linksto(), item.category(),
					item.unitname(), item.paramType(), null);
		}
	}
}
