package org.chartroom.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportParameter;
import org.chartroom.report.ReportParameterException;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.ScalarParameterHandle;

/** The parameters a design declares, and the values a user gave checked and typed against them. */
final class ParameterValues {

	private ParameterValues() {
	}

	static List<ReportParameter> declared(org.eclipse.birt.report.engine.api.IReportRunnable runnable) {
		return declared((ReportDesignHandle) runnable.getDesignHandle());
	}

	static List<ReportParameter> declared(ReportDesignHandle design) {
		List<ReportParameter> parameters = new ArrayList<>();
		for (Object element : design.getAllParameters()) {
			if (element instanceof ScalarParameterHandle scalar) {
				String prompt = scalar.getPromptText() != null ? scalar.getPromptText() : scalar.getName();
				parameters.add(new ReportParameter(scalar.getName(), prompt, scalar.isRequired(), scalar.getDataType()));
			}
		}
		return parameters;
	}

	/**
	 * The given values typed as the design declares them.
	 *
	 * @throws ReportParameterException for a name the design does not declare, a required one
	 *                                  missing, or a value that is not of its type
	 */
	static Map<String, Object> check(ReportDesign report, ReportDesignHandle design, Map<String, String> given)
			throws ReportParameterException {
		List<ReportParameter> declared = declared(design);
		for (String name : given.keySet()) {
			if (declared.stream().noneMatch(p -> p.name().equals(name))) {
				throw new ReportParameterException("The report '" + report.id() + "' has no parameter '" + name + "'; "
						+ (declared.isEmpty() ? "it takes none."
								: "its parameters are " + declared.stream().map(ReportParameter::name)
										.collect(Collectors.joining(", ")) + "."));
			}
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (ReportParameter parameter : declared) {
			String value = given.get(parameter.name());
			if (value == null || value.isBlank()) {
				if (parameter.required()) {
					throw new ReportParameterException("The report '" + report.id() + "' needs the parameter '"
							+ parameter.name() + "' (" + parameter.prompt() + ").");
				}
				continue;
			}
			values.put(parameter.name(), typed(report, parameter, value.strip()));
		}
		return values;
	}

	private static Object typed(ReportDesign report, ReportParameter parameter, String value) throws ReportParameterException {
		try {
			return switch (parameter.type() == null ? "string" : parameter.type()) {
			case "integer" -> Integer.valueOf(value);
			case "decimal" -> new BigDecimal(value);
			case "float" -> Double.valueOf(value);
			case "boolean" -> Boolean.valueOf(value);
			case "date" -> java.sql.Date.valueOf(LocalDate.parse(value));
			default -> value;
			};
		} catch (NumberFormatException | DateTimeParseException e) {
			throw new ReportParameterException("The parameter '" + parameter.name() + "' of report '" + report.id()
					+ "' takes a value of type " + parameter.type() + ", not '" + value + "'.");
		}
	}
}
