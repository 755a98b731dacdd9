package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.chartroom.core.generate.DataGenerator;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/** The Datasets view of the empty test workspace (the build empties it): the welcome. */
@Order(1)
class WelcomeTest {

	@Test
	void anEmptyWorkspaceOffersToImportADataset() throws Exception {
		Session.showDatasetsView();
		assertEquals(List.of(), Session.workspace().datasets(), "the build empties the test workspace");
		Label headline = (Label) EventLoop.waitFor("the welcome",
				() -> Widgets.showing(Session.mainShell(), "No datasets yet"));
		assertEquals("No datasets yet", headline.getText());
		assertTrue(Widgets.link(Session.mainShell(), "Import a dataset\u2026").isVisible(), "the import link");
		assertTrue(Widgets.showing(Session.mainShell(), "./chartroom import --dataset NAME --source mimic3 PATH")
				.isPresent(), "the import command is shown");
		EventLoop.waitUntil("the Import and Refresh buttons of the Datasets view", () -> Widgets
				.toolTips(Session.mainShell()).containsAll(List.of("Import Dataset", "Refresh Datasets")));
		Screenshot.takeIfAsked("-welcome-empty");
	}

	@Test
	void theGeneratorLinkShowsWhileAGeneratorIsInstalled() throws Exception {
		Session.showDatasetsView();
		Link generate = Widgets.link(Session.mainShell(), "Generate a synthetic demo\u2026");
		boolean installedBefore = FakeGenerator.anyInstalled();
		EventLoop.waitUntil("the generate link to follow the installed generators",
				() -> generate.isVisible() == installedBefore);

		ServiceRegistration<DataGenerator> fake = FakeGenerator.register(new FakeGenerator());
		try {
			EventLoop.waitUntil("the generate link", generate::isVisible);
			Screenshot.takeIfAsked("-welcome");
		} finally {
			fake.unregister();
		}
		EventLoop.waitUntil("the generate link gone with the generator",
				() -> generate.isVisible() == installedBefore);
	}

	@Test
	void theImportLinkOpensTheWizard() throws Exception {
		Session.showDatasetsView();
		AtomicReference<String> shown = new AtomicReference<>();
		AtomicReference<Boolean> finishEnabled = new AtomicReference<>();
		DialogWatch wizard = DialogWatch.driving(ImportWizards.TITLE, dialog -> {
			shown.set(Widgets.texts(dialog));
			finishEnabled.set(Widgets.button(dialog, "Finish").isEnabled());
			Screenshot.takeIfAsked("-import-wizard-empty");
			Widgets.click(Widgets.button(dialog, "Cancel"));
		}).start();
		Widgets.click(Widgets.link(Session.mainShell(), "Import a dataset\u2026"));
		EventLoop.waitUntil("the wizard to be read", () -> shown.get() != null);
		wizard.verify();
		assertTrue(shown.get().contains("Import a dataset"), shown::get);
		assertTrue(shown.get().contains("MIMIC-III v1.4"), () -> "the installed connector is offered:\n" + shown.get());
		assertFalse(finishEnabled.get(), "Finish with nothing chosen");
		assertTrue(Widgets.shell(ImportWizards.TITLE).isEmpty(), "the wizard is closed");
	}
}
