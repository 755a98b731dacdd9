package org.chartroom.ui.schema.handlers;

import java.util.Arrays;
import java.util.List;

import org.chartroom.core.connector.Connector;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The connectors installed now, for handlers (views get them injected). */
final class Connectors {

	private Connectors() {
	}

	static List<Connector> installed() {
		BundleContext context = FrameworkUtil.getBundle(Connectors.class).getBundleContext();
		try {
			ServiceReference<Connector>[] references = context.getServiceReferences(Connector.class, null)
					.toArray(ServiceReference[]::new);
			return Arrays.stream(references).map(context::getService).filter(c -> c != null).toList();
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
