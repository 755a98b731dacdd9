package org.chartroom.cohort.atlas;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.DeathCriterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.GroupOperator;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.SexCriterion;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads an OHDSI ATLAS cohort definition (JSON) into a Chartroom cohort for a dataset's model, for
 * the subset both support: a visit (or visit detail) as entry, optionally with its length; inclusion
 * rules of demographics (age, gender), concept sets of a domain with a value range, a window and
 * "same visit", death; groups ALL / ANY / AT_MOST_0. Every other feature used is reported as a
 * warning naming its JSON path, and left out.
 */
public final class AtlasImport {

	/** The cohort read and the ATLAS features it leaves out, each as {@code path: what}. */
	public record Imported(Cohort cohort, List<String> warnings) {
	}

	private static final CohortFactory FACTORY = CohortFactory.eINSTANCE;
	private static final Set<String> KNOWN_ROOT = Set.of("ConceptSets", "PrimaryCriteria", "InclusionRules", "cdmVersionRange",
			"QualifiedLimit", "ExpressionLimit", "CensoringCriteria", "CollapseSettings", "CensorWindow", "EndStrategy", "Title");

	private final Dataset schema;
	private final List<String> warnings = new ArrayList<>();
	private final Map<Integer, List<String>> conceptSets = new HashMap<>();

	private AtlasImport(Dataset schema) {
		this.schema = schema;
	}

	public static Imported read(Path file, Dataset schema) throws IOException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(in, file.toString(), schema);
		}
	}

	public static Imported read(Reader in, String name, Dataset schema) throws IOException {
		JsonElement root;
		try {
			root = JsonParser.parseReader(in);
		} catch (JsonParseException e) {
			throw new IOException(name + " is not JSON: " + e.getMessage(), e);
		}
		if (!root.isJsonObject()) {
			throw new IOException(name + " is not an ATLAS cohort definition: it holds no JSON object.");
		}
		AtlasImport reader = new AtlasImport(schema);
		try {
			Cohort cohort = reader.cohort(root.getAsJsonObject());
			return new Imported(cohort, List.copyOf(reader.warnings));
		} catch (IllegalStateException | ClassCastException | UnsupportedOperationException e) {
			throw new IOException(name + " is not an ATLAS cohort definition Chartroom can read: " + e.getMessage(), e);
		}
	}

	private Cohort cohort(JsonObject root) throws IOException {
		for (String key : root.keySet()) {
			if (!KNOWN_ROOT.contains(key)) {
				warn(key, "not supported");
			}
		}
		conceptSets(root.getAsJsonArray("ConceptSets"));
		Cohort cohort = FACTORY.createCohort();
		primary(root.getAsJsonObject("PrimaryCriteria"), cohort);
		limit(root, "QualifiedLimit");
		limit(root, "ExpressionLimit");
		nonEmpty(root, "CensoringCriteria");
		if (root.has("EndStrategy")) {
			warn("EndStrategy", "cohort end strategies are not supported (entries end with their stay)");
		}
		JsonObject collapse = root.getAsJsonObject("CollapseSettings");
		if (collapse != null && collapse.has("EraPad") && collapse.get("EraPad").getAsInt() != 0) {
			warn("CollapseSettings.EraPad", "collapsing entries into eras is not supported");
		}
		JsonArray rules = root.getAsJsonArray("InclusionRules");
		for (int i = 0; rules != null && i < rules.size(); i++) {
			JsonObject rule = rules.get(i).getAsJsonObject();
			String path = "InclusionRules[" + i + "]";
			Criterion criterion = group(rule.getAsJsonObject("expression"), path + ".expression");
			if (rule.has("name") && !rule.get("name").isJsonNull()) {
				criterion.setLabel(rule.get("name").getAsString());
			}
			cohort.getCriteria().add(criterion);
		}
		return cohort;
	}

	private void conceptSets(JsonArray sets) {
		for (int i = 0; sets != null && i < sets.size(); i++) {
			JsonObject set = sets.get(i).getAsJsonObject();
			List<String> codes = new ArrayList<>();
			JsonArray items = set.getAsJsonObject("expression").getAsJsonArray("items");
			for (int j = 0; j < items.size(); j++) {
				JsonObject item = items.get(j).getAsJsonObject();
				String path = "ConceptSets[" + i + "].expression.items[" + j + "]";
				for (String flag : List.of("isExcluded", "includeDescendants", "includeMapped")) {
					if (item.has(flag) && item.get(flag).getAsBoolean()) {
						warn(path + "." + flag, "not supported; the concept alone is used");
					}
				}
				codes.add(item.getAsJsonObject("concept").get("CONCEPT_ID").getAsString());
			}
			conceptSets.put(set.get("id").getAsInt(), codes);
		}
	}

	private void primary(JsonObject primary, Cohort cohort) throws IOException {
		if (primary == null) {
			throw new IOException("PrimaryCriteria: missing; Chartroom needs the entry event");
		}
		JsonArray list = primary.getAsJsonArray("CriteriaList");
		if (list == null || list.isEmpty()) {
			throw new IOException("PrimaryCriteria.CriteriaList: empty; Chartroom needs the entry event");
		}
		for (int i = 1; i < list.size(); i++) {
			warn("PrimaryCriteria.CriteriaList[" + i + "]", "only the first entry event is used");
		}
		JsonObject first = list.get(0).getAsJsonObject();
		String type = first.keySet().iterator().next();
		String path = "PrimaryCriteria.CriteriaList[0]." + type;
		boolean nested = switch (type) {
		case "VisitOccurrence" -> false;
		case "VisitDetail" -> true;
		default -> throw new IOException(path + ": Chartroom cohorts enter at a stay (VisitOccurrence or VisitDetail)");
		};
		Table stay = schema.getTables().stream().filter(t -> t.getSemantics() instanceof StaySemantics s
				&& (s.getParentStayColumn() != null) == nested).findFirst()
				.orElseThrow(() -> new IOException(path + ": the dataset's model has no such stay"));
		cohort.setEntryLevel(((StaySemantics) stay.getSemantics()).getLevel());
		JsonObject visit = first.getAsJsonObject(type);
		for (String key : visit.keySet()) {
			if (key.equals("VisitLength")) {
				cohort.getCriteria().add(lengthOfStay(visit.getAsJsonObject(key), path + ".VisitLength"));
			} else {
				warn(path + "." + key, "not supported");
			}
		}
		JsonObject window = primary.getAsJsonObject("ObservationWindow");
		if (window != null && (window.get("PriorDays").getAsInt() != 0 || window.get("PostDays").getAsInt() != 0)) {
			warn("PrimaryCriteria.ObservationWindow", "observation periods are not supported");
		}
		JsonObject limit = primary.getAsJsonObject("PrimaryCriteriaLimit");
		if (limit != null && !"All".equals(limit.get("Type").getAsString())) {
			warn("PrimaryCriteria.PrimaryCriteriaLimit.Type", "only All entries are supported");
		}
	}

	private Criterion group(JsonObject expression, String path) throws IOException {
		Group group = FACTORY.createGroup();
		String type = expression.has("Type") ? expression.get("Type").getAsString() : "ALL";
		switch (type) {
		case "ALL" -> group.setOperator(GroupOperator.AND);
		case "ANY", "AT_MOST_0" -> group.setOperator(GroupOperator.OR);
		default -> {
			warn(path + ".Type", type + " is not supported; read as ALL");
			group.setOperator(GroupOperator.AND);
		}
		}
		JsonArray criteria = expression.getAsJsonArray("CriteriaList");
		for (int i = 0; criteria != null && i < criteria.size(); i++) {
			group.getCriteria().add(correlated(criteria.get(i).getAsJsonObject(), path + ".CriteriaList[" + i + "]"));
		}
		JsonArray demographics = expression.getAsJsonArray("DemographicCriteriaList");
		for (int i = 0; demographics != null && i < demographics.size(); i++) {
			demographics(demographics.get(i).getAsJsonObject(), path + ".DemographicCriteriaList[" + i + "]", group);
		}
		JsonArray groups = expression.getAsJsonArray("Groups");
		for (int i = 0; groups != null && i < groups.size(); i++) {
			group.getCriteria().add(group(groups.get(i).getAsJsonObject(), path + ".Groups[" + i + "]"));
		}
		Criterion result = group.getOperator() == GroupOperator.AND && group.getCriteria().size() == 1 ? group.getCriteria().get(0)
				: group;
		return type.equals("AT_MOST_0") ? not(result) : result;
	}

	private Criterion correlated(JsonObject item, String path) throws IOException {
		JsonObject criteria = item.getAsJsonObject("Criteria");
		String type = criteria.keySet().iterator().next();
		JsonObject body = criteria.getAsJsonObject(type);
		String where = path + ".Criteria." + type;
		JsonObject start = item.getAsJsonObject("StartWindow");
		Integer[] window = start == null ? new Integer[2] : window(start, path + ".StartWindow");
		if (item.has("EndWindow")) {
			warn(path + ".EndWindow", "not supported");
		}
		Criterion criterion;
		if (type.equals("Death")) {
			DeathCriterion death = FACTORY.createDeathCriterion();
			death.setWindowStartDays(window[0] == null ? null : window[0] / 24);
			death.setWindowEndDays(window[1] == null ? null : window[1] / 24);
			ignoreOthers(body, where, Set.of());
			criterion = death;
		} else {
			String domain = AtlasDomains.domainOf(type).orElseThrow(() -> new IOException(where + ": not supported"));
			Table table = AtlasDomains.eventTable(schema, domain)
					.orElseThrow(() -> new IOException(where + ": the dataset's model has no " + domain + " events"));
			ConceptCriterion concept = FACTORY.createConceptCriterion();
			concept.setTable(table.getName());
			if (!body.has("CodesetId")) {
				throw new IOException(where + ": no CodesetId; Chartroom needs the concepts");
			}
			List<String> codes = conceptSets.get(body.get("CodesetId").getAsInt());
			if (codes == null) {
				throw new IOException(where + ".CodesetId: no concept set " + body.get("CodesetId").getAsInt());
			}
			concept.getCodes().addAll(codes);
			concept.setWindowStartHours(window[0]);
			concept.setWindowEndHours(window[1]);
			if (body.has("ValueAsNumber")) {
				valueRange(body.getAsJsonObject("ValueAsNumber"), where + ".ValueAsNumber", concept);
			}
			ignoreOthers(body, where, Set.of("CodesetId", "ValueAsNumber"));
			concept.setSameStay(item.has("RestrictVisit") && item.get("RestrictVisit").getAsBoolean());
			criterion = concept;
		}
		JsonObject occurrence = item.getAsJsonObject("Occurrence");
		if (occurrence != null) {
			int kind = occurrence.get("Type").getAsInt();
			int count = occurrence.get("Count").getAsInt();
			if (kind == 0 && count == 0 || kind == 1 && count == 0) {
				return not(criterion);
			}
			if (!(kind == 2 && count == 1)) {
				warn(path + ".Occurrence", "only 'at least 1' and 'exactly 0' occurrences are supported; read as at least 1");
			}
		}
		return criterion;
	}

	private void demographics(JsonObject demographic, String path, Group into) {
		for (String key : demographic.keySet()) {
			switch (key) {
			case "Age" -> {
				AgeCriterion age = FACTORY.createAgeCriterion();
				String[] range = range(demographic.getAsJsonObject(key), path + ".Age", 1);
				age.setMinYears(range[0] == null ? null : Integer.valueOf(range[0]));
				age.setMaxYears(range[1] == null ? null : Integer.valueOf(range[1]));
				into.getCriteria().add(age);
			}
			case "Gender" -> {
				SexCriterion sex = FACTORY.createSexCriterion();
				for (JsonElement gender : demographic.getAsJsonArray(key)) {
					JsonObject concept = gender.getAsJsonObject();
					if (concept.has("CONCEPT_CODE") && !concept.get("CONCEPT_CODE").isJsonNull()) {
						sex.getValues().add(concept.get("CONCEPT_CODE").getAsString());
					} else {
						long id = concept.get("CONCEPT_ID").getAsLong();
						AtlasDomains.GENDER_CONCEPTS.forEach((code, conceptId) -> {
							if (conceptId == id) {
								sex.getValues().add(code);
							}
						});
					}
				}
				into.getCriteria().add(sex);
			}
			default -> warn(path + "." + key, "not supported");
			}
		}
	}

	private LengthOfStayCriterion lengthOfStay(JsonObject range, String path) {
		LengthOfStayCriterion los = FACTORY.createLengthOfStayCriterion();
		String[] limits = range(range, path, 1);
		los.setMinDays(limits[0]);
		los.setMaxDays(limits[1]);
		return los;
	}

	private void valueRange(JsonObject range, String path, ConceptCriterion concept) {
		String op = range.get("Op").getAsString();
		String value = range.get("Value").getAsBigDecimal().toPlainString();
		String extent = range.has("Extent") && !range.get("Extent").isJsonNull() ? range.get("Extent").getAsBigDecimal().toPlainString()
				: null;
		switch (op) {
		case "gt" -> { concept.setMinValue(value); concept.setMinExclusive(true); }
		case "gte" -> concept.setMinValue(value);
		case "lt" -> { concept.setMaxValue(value); concept.setMaxExclusive(true); }
		case "lte" -> concept.setMaxValue(value);
		case "eq" -> { concept.setMinValue(value); concept.setMaxValue(value); }
		case "bt" -> { concept.setMinValue(value); concept.setMaxValue(extent); }
		default -> warn(path + ".Op", op + " is not supported");
		}
	}

	/** [min, max] of an ATLAS numeric range, inclusive; {@code step} makes gt/lt inclusive for whole numbers. */
	private String[] range(JsonObject range, String path, int step) {
		String op = range.get("Op").getAsString();
		java.math.BigDecimal value = range.get("Value").getAsBigDecimal();
		String extent = range.has("Extent") && !range.get("Extent").isJsonNull() ? range.get("Extent").getAsBigDecimal().toPlainString()
				: null;
		return switch (op) {
		case "gte" -> new String[] { value.toPlainString(), null };
		case "gt" -> new String[] { value.add(java.math.BigDecimal.valueOf(step)).toPlainString(), null };
		case "lte" -> new String[] { null, value.toPlainString() };
		case "lt" -> new String[] { null, value.subtract(java.math.BigDecimal.valueOf(step)).toPlainString() };
		case "eq" -> new String[] { value.toPlainString(), value.toPlainString() };
		case "bt" -> new String[] { value.toPlainString(), extent };
		default -> {
			warn(path + ".Op", op + " is not supported");
			yield new String[2];
		}
		};
	}

	/** An ATLAS window in days (Coeff -1: before) as hours after the entry's start; null for an open end. */
	private Integer[] window(JsonObject window, String path) {
		if (window.has("UseEventEnd") && window.get("UseEventEnd").getAsBoolean()) {
			warn(path + ".UseEventEnd", "not supported");
		}
		if (window.has("UseIndexEnd") && window.get("UseIndexEnd").getAsBoolean()) {
			warn(path + ".UseIndexEnd", "not supported");
		}
		return new Integer[] { bound(window.getAsJsonObject("Start")), bound(window.getAsJsonObject("End")) };
	}

	private static Integer bound(JsonObject endpoint) {
		if (endpoint == null || !endpoint.has("Days") || endpoint.get("Days").isJsonNull()) {
			return null;
		}
		int coefficient = endpoint.has("Coeff") ? endpoint.get("Coeff").getAsInt() : 1;
		return endpoint.get("Days").getAsInt() * coefficient * 24;
	}

	private void ignoreOthers(JsonObject body, String path, Set<String> used) {
		for (String key : body.keySet()) {
			if (!used.contains(key)) {
				warn(path + "." + key, "not supported");
			}
		}
	}

	private void limit(JsonObject root, String key) {
		JsonObject limit = root.getAsJsonObject(key);
		if (limit != null && limit.has("Type") && !"All".equals(limit.get("Type").getAsString())) {
			warn(key + ".Type", "only All entries are supported");
		}
	}

	private void nonEmpty(JsonObject root, String key) {
		if (root.has(key) && root.get(key).isJsonArray() && !root.getAsJsonArray(key).isEmpty()) {
			warn(key, "not supported");
		}
	}

	private static Criterion not(Criterion criterion) {
		Group not = FACTORY.createGroup();
		not.setOperator(GroupOperator.NOT);
		not.getCriteria().add(criterion);
		return not;
	}

	private void warn(String path, String what) {
		warnings.add(path + ": " + what);
	}
}
