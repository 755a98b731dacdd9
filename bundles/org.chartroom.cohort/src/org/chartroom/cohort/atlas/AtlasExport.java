package org.chartroom.cohort.atlas;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.DeathCriterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.GroupOperator;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.SexCriterion;
import org.chartroom.cohort.sql.CriterionLabels;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a Chartroom cohort as an OHDSI ATLAS cohort definition (JSON), for the subset both support
 * (see {@link AtlasImport}). The entry's length of stay becomes the visit's {@code VisitLength}; every
 * other top-level criterion one inclusion rule, in order. What ATLAS cannot say (code prefixes, event
 * tables of a domain ATLAS lacks, windows not in whole days) is an {@link IOException} naming the criterion.
 */
public final class AtlasExport {

	private final Dataset schema;
	private final Map<String, Integer> conceptSetIds = new LinkedHashMap<>();
	private final JsonArray conceptSets = new JsonArray();

	private AtlasExport(Dataset schema) {
		this.schema = schema;
	}

	/** @param schema the model of the dataset the cohort is defined on */
	public static void write(Cohort cohort, Dataset schema, Writer out) throws IOException {
		JsonObject root = new AtlasExport(schema).cohort(cohort);
		new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, out);
		out.flush();
	}

	private JsonObject cohort(Cohort cohort) throws IOException {
		Table entry = schema.getTables().stream().filter(t -> t.getSemantics() instanceof StaySemantics s
				&& s.getLevel() != null && s.getLevel().equalsIgnoreCase(cohort.getEntryLevel())).findFirst()
				.orElseThrow(() -> new IOException("entryLevel: '" + cohort.getEntryLevel() + "' is no stay level of the model"));
		JsonObject visit = new JsonObject();
		JsonArray rules = new JsonArray();
		for (int i = 0; i < cohort.getCriteria().size(); i++) {
			Criterion criterion = cohort.getCriteria().get(i);
			if (criterion instanceof LengthOfStayCriterion los && !visit.has("VisitLength")) {
				visit.add("VisitLength", range(los.getMinDays(), los.getMaxDays()));
				continue;
			}
			JsonObject rule = new JsonObject();
			rule.addProperty("name", CriterionLabels.of(criterion));
			rule.add("expression", expression(criterion, "criterion " + (i + 1)));
			rules.add(rule);
		}
		JsonObject type = new JsonObject();
		type.add(((StaySemantics) entry.getSemantics()).getParentStayColumn() == null ? "VisitOccurrence" : "VisitDetail", visit);
		JsonArray primaryList = new JsonArray();
		primaryList.add(type);
		JsonObject primary = new JsonObject();
		primary.add("CriteriaList", primaryList);
		JsonObject window = new JsonObject();
		window.addProperty("PriorDays", 0);
		window.addProperty("PostDays", 0);
		primary.add("ObservationWindow", window);
		primary.add("PrimaryCriteriaLimit", limit("All"));

		JsonObject root = new JsonObject();
		root.add("ConceptSets", conceptSets);
		root.add("PrimaryCriteria", primary);
		root.add("QualifiedLimit", limit("All"));
		root.add("ExpressionLimit", limit("All"));
		root.add("InclusionRules", rules);
		root.add("CensoringCriteria", new JsonArray());
		JsonObject collapse = new JsonObject();
		collapse.addProperty("CollapseType", "ERA");
		collapse.addProperty("EraPad", 0);
		root.add("CollapseSettings", collapse);
		root.add("CensorWindow", new JsonObject());
		return root;
	}

	/** A criterion as an ATLAS criteria group (the expression of a rule, or one of its Groups). */
	private JsonObject expression(Criterion criterion, String where) throws IOException {
		JsonObject group = emptyGroup("ALL");
		if (criterion instanceof Group g && g.getOperator() != GroupOperator.NOT) {
			group.addProperty("Type", g.getOperator() == GroupOperator.AND ? "ALL" : "ANY");
			for (int i = 0; i < g.getCriteria().size(); i++) {
				add(group, g.getCriteria().get(i), where + "." + (i + 1));
			}
		} else if (criterion instanceof Group g) {
			// NOT (a AND b): not all of them; ATLAS says "none of" (AT_MOST_0), exact for one criterion
			if (g.getCriteria().size() != 1) {
				throw new IOException(where + ": ATLAS can only negate one criterion at a time (AT_MOST_0)");
			}
			group.addProperty("Type", "AT_MOST_0");
			add(group, g.getCriteria().get(0), where + ".1");
		} else {
			add(group, criterion, where);
		}
		return group;
	}

	private void add(JsonObject group, Criterion criterion, String where) throws IOException {
		switch (criterion) {
		case Group g -> group.getAsJsonArray("Groups").add(expression(g, where));
		case SexCriterion sex -> {
			JsonArray genders = new JsonArray();
			for (String value : sex.getValues()) {
				JsonObject concept = new JsonObject();
				Long id = AtlasDomains.GENDER_CONCEPTS.get(value);
				if (id != null) {
					concept.addProperty("CONCEPT_ID", id);
				}
				concept.addProperty("CONCEPT_CODE", value);
				genders.add(concept);
			}
			JsonObject demographic = new JsonObject();
			demographic.add("Gender", genders);
			group.getAsJsonArray("DemographicCriteriaList").add(demographic);
		}
		case AgeCriterion age -> {
			JsonObject demographic = new JsonObject();
			demographic.add("Age", range(text(age.getMinYears()), text(age.getMaxYears())));
			group.getAsJsonArray("DemographicCriteriaList").add(demographic);
		}
		case ConceptCriterion concept -> group.getAsJsonArray("CriteriaList").add(concept(concept, where));
		case DeathCriterion death -> {
			JsonObject criteria = new JsonObject();
			criteria.add("Death", new JsonObject());
			JsonObject item = correlated(criteria, hours(death.getWindowStartDays()), hours(death.getWindowEndDays()), where);
			item.addProperty("RestrictVisit", false);
			group.getAsJsonArray("CriteriaList").add(item);
		}
		default -> throw new IOException(where + ": " + criterion.eClass().getName() + " has no ATLAS form here");
		}
	}

	private JsonObject concept(ConceptCriterion concept, String where) throws IOException {
		if (concept.isCodePrefix()) {
			throw new IOException(where + ", codePrefix: ATLAS concept sets hold concepts, not code prefixes");
		}
		Table table = schema.getTables().stream().filter(t -> t.getName().equalsIgnoreCase(concept.getTable())
				&& t.getSemantics() instanceof EventSemantics).findFirst()
				.orElseThrow(() -> new IOException(where + ", table: '" + concept.getTable() + "' is no event table"));
		String domain = ((EventSemantics) table.getSemantics()).getDomain();
		String type = AtlasDomains.typeOf(domain == null ? "" : domain).orElseThrow(() -> new IOException(
				where + ", table: ATLAS has no criterion for " + table.getName() + " (domain " + domain + ")"));
		JsonObject body = new JsonObject();
		body.addProperty("CodesetId", conceptSet(concept.getCodes(), table.getName()));
		if (concept.getMinValue() != null || concept.getMaxValue() != null) {
			body.add("ValueAsNumber", valueRange(concept, where));
		}
		JsonObject criteria = new JsonObject();
		criteria.add(type, body);
		JsonObject item = correlated(criteria, concept.getWindowStartHours(), concept.getWindowEndHours(), where);
		item.addProperty("RestrictVisit", concept.isSameStay());
		return item;
	}

	private JsonObject correlated(JsonObject criteria, Integer fromHours, Integer toHours, String where) throws IOException {
		JsonObject item = new JsonObject();
		item.add("Criteria", criteria);
		JsonObject start = new JsonObject();
		start.add("Start", endpoint(fromHours, -1, where));
		start.add("End", endpoint(toHours, 1, where));
		start.addProperty("UseIndexEnd", false);
		start.addProperty("UseEventEnd", false);
		item.add("StartWindow", start);
		JsonObject occurrence = new JsonObject();
		occurrence.addProperty("Type", 2);
		occurrence.addProperty("Count", 1);
		item.add("Occurrence", occurrence);
		return item;
	}

	/** An ATLAS window endpoint in days; an open end is written without Days. */
	private static JsonObject endpoint(Integer hours, int openCoefficient, String where) throws IOException {
		JsonObject endpoint = new JsonObject();
		if (hours == null) {
			endpoint.addProperty("Coeff", openCoefficient);
			return endpoint;
		}
		if (hours % 24 != 0) {
			throw new IOException(where + ": ATLAS windows are in whole days; " + hours + " hours is not");
		}
		endpoint.addProperty("Days", Math.abs(hours / 24));
		endpoint.addProperty("Coeff", hours < 0 ? -1 : 1);
		return endpoint;
	}

	private JsonObject valueRange(ConceptCriterion concept, String where) throws IOException {
		String min = concept.getMinValue();
		String max = concept.getMaxValue();
		JsonObject range = new JsonObject();
		if (min != null && max != null) {
			if (concept.isMinExclusive() || concept.isMaxExclusive()) {
				throw new IOException(where + ": ATLAS ranges between two values include both");
			}
			range.addProperty("Value", number(min, where));
			range.addProperty("Op", "bt");
			range.addProperty("Extent", number(max, where));
		} else if (min != null) {
			range.addProperty("Value", number(min, where));
			range.addProperty("Op", concept.isMinExclusive() ? "gt" : "gte");
		} else {
			range.addProperty("Value", number(max, where));
			range.addProperty("Op", concept.isMaxExclusive() ? "lt" : "lte");
		}
		return range;
	}

	private static JsonObject range(String min, String max) {
		JsonObject range = new JsonObject();
		if (min != null && max != null) {
			range.addProperty("Value", new BigDecimal(min.strip()));
			range.addProperty("Op", "bt");
			range.addProperty("Extent", new BigDecimal(max.strip()));
		} else if (min != null) {
			range.addProperty("Value", new BigDecimal(min.strip()));
			range.addProperty("Op", "gte");
		} else {
			range.addProperty("Value", new BigDecimal(max.strip()));
			range.addProperty("Op", "lte");
		}
		return range;
	}

	private int conceptSet(List<String> codes, String table) {
		String key = table + ":" + String.join(",", codes);
		Integer known = conceptSetIds.get(key);
		if (known != null) {
			return known;
		}
		int id = conceptSetIds.size();
		conceptSetIds.put(key, id);
		JsonArray items = new JsonArray();
		for (String code : codes) {
			JsonObject concept = new JsonObject();
			concept.addProperty("CONCEPT_ID", Long.valueOf(code.strip()));
			JsonObject item = new JsonObject();
			item.add("concept", concept);
			item.addProperty("isExcluded", false);
			item.addProperty("includeDescendants", false);
			item.addProperty("includeMapped", false);
			items.add(item);
		}
		JsonObject expression = new JsonObject();
		expression.add("items", items);
		JsonObject set = new JsonObject();
		set.addProperty("id", id);
		set.addProperty("name", table + " " + String.join(", ", codes));
		set.add("expression", expression);
		conceptSets.add(set);
		return id;
	}

	private static BigDecimal number(String text, String where) throws IOException {
		try {
			return new BigDecimal(text.strip());
		} catch (NumberFormatException e) {
			throw new IOException(where + ": '" + text + "' is not a number", e);
		}
	}

	private static JsonObject emptyGroup(String type) {
		JsonObject group = new JsonObject();
		group.addProperty("Type", type);
		group.add("CriteriaList", new JsonArray());
		group.add("DemographicCriteriaList", new JsonArray());
		group.add("Groups", new JsonArray());
		return group;
	}

	private static JsonObject limit(String type) {
		JsonObject limit = new JsonObject();
		limit.addProperty("Type", type);
		return limit;
	}

	private static Integer hours(Integer days) {
		return days == null ? null : days * 24;
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}
}
