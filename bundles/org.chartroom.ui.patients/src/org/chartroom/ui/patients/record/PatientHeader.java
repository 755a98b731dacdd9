package org.chartroom.ui.patients.record;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Stay;
import org.chartroom.core.patients.StayKinds;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Who the patient is, at a glance: id, sex, age at first admission ({@code >89} for MIMIC-III's oldest),
 * birth and death, how many stays of each kind; previous/next patient; the stay the timeline shows,
 * chosen among all stays with their start and length.
 */
final class PatientHeader {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Composite control;
	private final Label title;
	private final Label details;
	private final Combo stayChoice;
	private final Button previous;
	private final Button next;
	private List<Optional<Stay>> choices = List.of();

	PatientHeader(Composite parent, Consumer<Integer> step, Consumer<Optional<Stay>> stayChosen) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(4, false));
		title = new Label(control, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		details = new Label(control, SWT.WRAP);
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		new Label(control, SWT.NONE).setText("Timeline of");
		stayChoice = new Combo(control, SWT.READ_ONLY);
		stayChoice.setVisibleItemCount(20);
		stayChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
		stayChoice.addListener(SWT.Selection, e -> {
			int index = stayChoice.getSelectionIndex();
			if (index >= 0 && index < choices.size()) {
				stayChosen.accept(choices.get(index));
			}
		});
		Composite buttons = new Composite(control, SWT.NONE);
		buttons.setLayout(new GridLayout(2, true));
		previous = new Button(buttons, SWT.PUSH);
		previous.setText("◀ Previous");
		previous.setToolTipText("The patient above in the list");
		previous.addListener(SWT.Selection, e -> step.accept(-1));
		next = new Button(buttons, SWT.PUSH);
		next.setText("Next ▶");
		next.setToolTipText("The patient below in the list");
		next.addListener(SWT.Selection, e -> step.accept(1));
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		title.setText("Choose a patient in the list");
	}

	Composite control() {
		return control;
	}

	void loading(Object patientId) {
		title.setText("Patient " + patientId + " …");
		control.layout(true, true);
	}

	/**
	 * Shows the patient in three lines whatever the number of stays (a Synthea person has 38 visits):
	 * the stays are counted, and listed only in the stay chooser, each with its start and length.
	 * Returns the stay chosen first: the first ICU stay where the model marks ICU stays, else the
	 * newest top-level stay (the latest visit), else none.
	 */
	Optional<Stay> show(PatientSummary patient, String idColumn, StayKinds kinds) {
		title.setText("Patient " + patient.id() + "   " + patient.sex().orElse("?") + ", "
				+ patient.ageAtFirstStay().map(a -> a + (a.toString().equals("1") ? " year" : " years") + " at first "
						+ kinds.stay().toLowerCase(Locale.ROOT)).orElse("age unknown")
				+ (patient.died() ? ", died " + day(patient.death().get()) : ""));
		Map<String, Long> perKind = patient.stays().stream()
				.collect(Collectors.groupingBy(Stay::kind, LinkedHashMap::new, Collectors.counting()));
		String counted = perKind.entrySet().stream().map(e -> StayKinds.count(e.getValue(), e.getKey()))
				.collect(Collectors.joining(", "));
		details.setText(idColumn + " " + patient.id() + " · born " + patient.birth().map(PatientHeader::day).orElse("?")
				+ " (dates are shifted for privacy)" + (counted.isEmpty() ? " · no stays" : " · " + counted));
		choices = new ArrayList<>();
		stayChoice.removeAll();
		choices.add(Optional.empty());
		stayChoice.add("All stays");
		for (Stay stay : patient.stays()) {
			choices.add(Optional.of(stay));
			stayChoice.add(describe(stay));
		}
		Optional<Stay> first = kinds.nestedAreIcu() ? patient.stays().stream().filter(s -> s.level() > 1).findFirst() : Optional.empty();
		if (first.isEmpty()) {
			first = patient.stays().stream().filter(s -> s.level() == 1)
					.max(Comparator.comparing((Stay s) -> s.start().orElse(LocalDateTime.MIN)));
		}
		stayChoice.select(choices.indexOf(first));
		stayChoice.setToolTipText(patient.stays().size() + " stays; the timeline and the tables show the one chosen here");
		control.layout(true, true);
		control.getParent().layout(true, true);
		return first;
	}

	void failed(String message) {
		title.setText("Cannot show the patient");
		details.setText(message);
		control.layout(true, true);
	}

	/** "   ICU stay 206504 · 2164-10-23 21:10 · 1.6 days": nested stays indented under theirs. */
	static String describe(Stay stay) {
		return "   ".repeat(stay.level() - 1) + StayKinds.singular(stay.kind()) + " " + stay.id() + " · "
				+ stay.start().map(PatientHeader::minute).orElse("?")
				+ stay.lengthInDays().map(d -> String.format(Locale.ROOT, " · %.1f days", d)).orElse("");
	}

	private static String day(LocalDateTime time) {
		return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : MINUTE.format(time);
	}

	private static String minute(LocalDateTime time) {
		return MINUTE.format(time);
	}

	/** For tests: the title line. */
	String title() {
		return title.getText();
	}

	Button nextButton() {
		return next;
	}

	Button previousButton() {
		return previous;
	}
}
