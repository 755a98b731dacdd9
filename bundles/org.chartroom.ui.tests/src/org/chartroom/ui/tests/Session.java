package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.chartroom.core.store.Workspace;
import org.chartroom.ui.imports.ImportJob;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;

/** The test session's workbench window, workspace and Datasets view, as the tests use them. */
final class Session {

	static final String DATASETS_VIEW = "org.chartroom.ui.views.datasets";
	static final String IMPORT_COMMAND = "org.chartroom.ui.commands.importDataset";
	static final String REFRESH_COMMAND = "org.chartroom.ui.commands.refreshDatasets";
	/** Long enough for the MIMIC-III demo (about a minute here) on a busy machine; only a guard against hanging. */
	static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(15);

	private Session() {
	}

	static IWorkbenchWindow window() {
		return ChartroomWindowTest.window();
	}

	static Shell mainShell() {
		return ChartroomWindowTest.mainShell();
	}

	static Workspace workspace() {
		Workspace workspace = window().getService(Workspace.class);
		assertNotNull(workspace, "the session's workspace in the workbench context");
		return workspace;
	}

	/** The demo data, from the folder the build names; missing data fails the test. */
	static Path dataFolder(String name) {
		String data = System.getProperty("chartroom.data.dir");
		assertNotNull(data, "the system property chartroom.data.dir");
		Path folder = Path.of(data).resolve(name).toAbsolutePath().normalize();
		assertEquals(true, folder.toFile().isDirectory(), () -> "no demo data in " + folder);
		return folder;
	}

	static void execute(String command) throws Exception {
		window().getService(IHandlerService.class).executeCommand(command, null);
	}

	/** Shows the Datasets view (it may have been closed by an earlier test). */
	static void showDatasetsView() throws Exception {
		window().getActivePage().showView(DATASETS_VIEW);
	}

	static Optional<Tree> datasetsTree() {
		return Widgets.treeTitled(mainShell(), "Name");
	}

	/** The dataset's row in the Datasets view, once it shows. */
	static TreeItem waitForDataset(String name, Duration timeout) {
		return EventLoop.waitFor("the dataset " + name + " in the Datasets view", timeout,
				() -> datasetsTree().flatMap(tree -> Arrays.stream(tree.getItems())
						.filter(item -> name.equals(item.getText(0)))
						.findFirst()));
	}

	/** The rows under a dataset once its tables are counted, the dataset opened. */
	static TreeItem[] waitForTables(TreeItem dataset, int count) {
		return EventLoop.waitFor(count + " tables under " + dataset.getText(0), () -> {
			if (!dataset.getExpanded()) {
				return Optional.empty();
			}
			TreeItem[] tables = dataset.getItems();
			// Until the rows are counted, a placeholder row with no count stands in for the tables.
			boolean counted = Arrays.stream(tables).allMatch(table -> !table.getText(1).isEmpty());
			return tables.length == count && counted ? Optional.of(tables) : Optional.empty();
		});
	}

	static TreeItem child(TreeItem[] items, String name) {
		return Arrays.stream(items).filter(item -> name.equals(item.getText(0))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name + " among " + Arrays.stream(items)
						.map(item -> item.getText(0)).toList()));
	}

	/** Lets running imports finish (they are user jobs of the import family). */
	static void waitForImports(Duration timeout) {
		EventLoop.waitUntil("the imports to end", timeout,
				() -> Job.getJobManager().find(ImportJob.FAMILY).length == 0);
	}
}
