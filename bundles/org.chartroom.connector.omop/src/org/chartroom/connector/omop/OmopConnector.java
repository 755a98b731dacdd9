package org.chartroom.connector.omop;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.connector.SchemaChoice;
import org.chartroom.core.imports.ImportException;
import org.chartroom.core.imports.ImportSource;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;
import org.osgi.service.component.annotations.Component;

/**
 * The OMOP Common Data Model, versions 5.3 ({@code model/omop53.warehouse}) and 5.4
 * ({@code model/omop54.warehouse}), read from this bundle once, on first use. An import picks the
 * version from the files ({@link CdmVersionDetector}); file names may carry an ordering prefix and any
 * letter case ({@link OmopFileNames}).
 */
@Component(service = Connector.class, property = "chartroom.connector=omop")
public final class OmopConnector implements Connector {

	/** What the connector knows once its models are read. */
	private record Models(List<CdmVersion> versions, OmopFileNames fileNames) {
	}

	private volatile Models models;

	@Override
	public String id() {
		return "omop";
	}

	@Override
	public String displayName() {
		return "OMOP CDM 5.3 / 5.4";
	}

	/** The newest version, 5.4. */
	@Override
	public Dataset schema() {
		List<CdmVersion> versions = models().versions();
		return versions.get(versions.size() - 1).schema();
	}

	@Override
	public List<Dataset> schemas() {
		return models().versions().stream().map(CdmVersion::schema).toList();
	}

	@Override
	public Optional<String> tableForFile(String fileName) {
		return OmopFileNames.base(fileName).map(base -> models().fileNames().table(base));
	}

	@Override
	public SchemaChoice schemaFor(ImportSource source) throws ImportException {
		return new CdmVersionDetector(models().versions()).choose(source);
	}

	private Models models() {
		Models loaded = models;
		if (loaded == null) {
			synchronized (this) {
				loaded = models;
				if (loaded == null) {
					loaded = load();
					models = loaded;
				}
			}
		}
		return loaded;
	}

	private static Models load() {
		List<CdmVersion> versions = List.of(new CdmVersion("5.3", ModelResource.load("model/omop53.warehouse")),
				new CdmVersion("5.4", ModelResource.load("model/omop54.warehouse")));
		Set<String> tables = versions.stream().flatMap(v -> v.schema().getTables().stream()).map(Table::getName)
				.collect(Collectors.toSet());
		return new Models(versions, new OmopFileNames(tables));
	}
}
