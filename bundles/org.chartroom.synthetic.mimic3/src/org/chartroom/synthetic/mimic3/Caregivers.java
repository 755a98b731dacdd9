package org.chartroom.synthetic.mimic3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pool of caregivers ({@code data/caregivers.tsv}): a fixed number, whatever the number of
 * patients, as MIMIC-III's CAREGIVERS is a dictionary of staff. Their CGIDs appear in the event tables.
 */
final class Caregivers {

	enum Role {
		NURSE, ASSISTANT, PHYSICIAN, RESPIRATORY, OTHER
	}

	static final int POOL = 1_000;
	static final int FIRST_CGID = 14_001;

	private record Kind(String label, String description, Role role) {
	}

	private final List<Kind> staff = new ArrayList<>();
	private final Map<Role, List<Integer>> byRole = new EnumMap<>(Role.class);

	Caregivers(long seed) {
		Weighted<Kind> kinds = new Weighted<>();
		for (Tsv.Row row : Tsv.read("caregivers.tsv")) {
			kinds.add(new Kind(row.textOrNull("label"), row.textOrNull("description"),
					Role.valueOf(row.text("role").toUpperCase(java.util.Locale.ROOT))), row.number("weight"));
		}
		for (Role role : Role.values()) {
			byRole.put(role, new ArrayList<>());
		}
		Chance chance = Chance.of(seed, 0, Chance.Part.CAREGIVERS);
		for (int i = 0; i < POOL; i++) {
			Kind kind = chance.pick(kinds);
			staff.add(kind);
			byRole.get(kind.role()).add(FIRST_CGID + i);
		}
		for (Role role : Role.values()) {
			if (byRole.get(role).isEmpty()) {
				throw new IllegalStateException("The caregiver pool has nobody in the role " + role);
			}
		}
	}

	/** The CGIDs of one role. */
	List<Integer> withRole(Role role) {
		return List.copyOf(byRole.get(role));
	}

	/** One caregiver of a role. */
	int pick(Role role, Chance chance) {
		return chance.pick(byRole.get(role));
	}

	void write(TableFile caregivers) throws IOException {
		TableFile.Rows rows = caregivers.rows("CGID", "LABEL", "DESCRIPTION");
		for (int i = 0; i < staff.size(); i++) {
			Kind kind = staff.get(i);
			rows.add(Integer.toString(FIRST_CGID + i), kind.label(), kind.description());
		}
	}
}
