package org.chartroom.core.concepts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every concept of a dataset's dictionaries with its use, held in memory so that a search per
 * keystroke costs a scan of a few thousand strings (the MIMIC-III dictionaries hold 31,689 concepts),
 * never a query. Immutable; read one with {@link ConceptIndexReader}.
 *
 * <p>A concept matches a search when every word of the text occurs in its label (any case), or the
 * text is its key or code or the start of one (any case). Results are ranked: exact label, key or code
 * first, then used concepts by patients and rows, then unused ones by label.
 */
public final class ConceptIndex {

	private static final Pattern WORDS = Pattern.compile("\\s+");

	private static final Comparator<Concept> BY_USE = Comparator.comparingLong(Concept::patients).reversed()
			.thenComparing(Comparator.comparingLong(Concept::rows).reversed());
	private static final Comparator<Concept> BY_NAME = Comparator.comparing((Concept c) -> c.label().strip(),
			String.CASE_INSENSITIVE_ORDER).thenComparing(Concept::dictionary).thenComparing(Concept::key);

	private final List<Concept> concepts;
	private final String[] labels;
	private final String[] keys;
	private final String[] codes;

	ConceptIndex(List<Concept> concepts) {
		this.concepts = List.copyOf(concepts);
		labels = lower(this.concepts, Concept::label);
		keys = lower(this.concepts, Concept::key);
		codes = lower(this.concepts, Concept::code);
	}

	private static String[] lower(List<Concept> concepts, Function<Concept, String> field) {
		return concepts.stream().map(c -> field.apply(c).strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
	}

	/** How many concepts the dictionaries hold. */
	public int size() {
		return concepts.size();
	}

	/** The concepts that match, ranked, one page of them. */
	public ConceptPage search(ConceptQuery query) {
		String text = query.text().strip().toLowerCase(Locale.ROOT);
		String[] words = text.isEmpty() ? new String[0] : WORDS.split(text);
		List<Concept> exact = new ArrayList<>();
		List<Concept> used = new ArrayList<>();
		List<Concept> unused = new ArrayList<>();
		for (int i = 0; i < labels.length; i++) {
			Concept concept = concepts.get(i);
			if (!passes(query, concept)) {
				continue;
			}
			boolean byCode = !text.isEmpty() && (keys[i].startsWith(text) || !codes[i].isEmpty() && codes[i].startsWith(text));
			if (!byCode && !containsAll(labels[i], words)) {
				continue;
			}
			if (!text.isEmpty() && (labels[i].equals(text) || keys[i].equals(text) || codes[i].equals(text))) {
				exact.add(concept);
			} else if (concept.used()) {
				used.add(concept);
			} else {
				unused.add(concept);
			}
		}
		exact.sort(BY_USE.thenComparing(BY_NAME));
		used.sort(BY_USE.thenComparing(BY_NAME));
		unused.sort(BY_NAME);
		List<Concept> ranked = new ArrayList<>(exact.size() + used.size() + unused.size());
		ranked.addAll(exact);
		ranked.addAll(used);
		ranked.addAll(unused);
		int from = Math.min(query.offset(), ranked.size());
		int to = (int) Math.min((long) from + query.limit(), ranked.size());
		return new ConceptPage(ranked.size(), from, ranked.subList(from, to));
	}

	private static boolean passes(ConceptQuery query, Concept concept) {
		return query.category().map(concept.category()::equals).orElse(true)
				&& query.vocabulary().map(concept.vocabulary()::equals).orElse(true)
				&& query.dictionary().map(concept.dictionary()::equalsIgnoreCase).orElse(true);
	}

	private static boolean containsAll(String label, String[] words) {
		for (String word : words) {
			if (!label.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** The concept of a dictionary (any case) with that key. */
	public Optional<Concept> find(String dictionary, String key) {
		return concepts.stream().filter(c -> c.dictionary().equalsIgnoreCase(dictionary) && c.key().equals(key)).findFirst();
	}

	/** The categories or domains there are, sorted, for a filter. */
	public List<String> categories() {
		return distinct(Concept::category);
	}

	/** The vocabularies there are, sorted, for a filter. */
	public List<String> vocabularies() {
		return distinct(Concept::vocabulary);
	}

	/** The dictionary tables there are, sorted, for a filter. */
	public List<String> dictionaries() {
		return distinct(Concept::dictionary);
	}

	private List<String> distinct(Function<Concept, String> field) {
		TreeSet<String> values = new TreeSet<>();
		concepts.forEach(c -> values.add(field.apply(c)));
		values.remove("");
		return List.copyOf(values);
	}
}
