package org.chartroom.ui.patients;

import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The installed connector of a dataset's source kind, found as an OSGi service the way the CLI finds it. */
final class InstalledConnectors {

	private InstalledConnectors() {
	}

	static Optional<Connector> find(String sourceKind) {
		BundleContext context = FrameworkUtil.getBundle(InstalledConnectors.class).getBundleContext();
		try {
			for (ServiceReference<Connector> reference : context.getServiceReferences(Connector.class, null)) {
				Connector connector = context.getService(reference);
				if (connector != null && connector.id().equals(sourceKind)) {
					return Optional.of(connector); // the model is shared and read only; the service stays in use while browsed
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter given
		}
		return Optional.empty();
	}
}
