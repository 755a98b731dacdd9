package org.chartroom.synthetic.mimic3;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/**
 * The {@code when} column of the item catalogues: which stays an item is charted for. {@code all},
 * {@code vent} (ventilated), {@code art} / {@code noart} (with / without an arterial line), {@code cvl}
 * (central line), {@code shock} (on vasopressors), or the name of the admission's condition.
 */
final class When {

	private When() {
	}

	static boolean matches(String when, Admission admission, IcuStay stay) {
		return switch (when) {
		case "all" -> true;
		case "vent" -> stay.ventilated();
		case "art" -> stay.arterialLine();
		case "noart" -> !stay.arterialLine();
		case "cvl" -> stay.centralLine();
		case "shock" -> stay.pressors();
		default -> when.equals(admission.condition().name());
		};
	}
}
