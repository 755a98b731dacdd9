package org.chartroom.cohort.sql;

import java.lang.System.Logger.Level;
import java.util.Optional;

import org.chartroom.cohort.Criterion;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The {@link CriterionType} services plugins register, looked up by criterion class; none outside OSGi. */
final class CriterionTypes {

	private static final System.Logger LOG = System.getLogger(CriterionTypes.class.getName());

	private CriterionTypes() {
	}

	/** The type that compiles this criterion, with the bundle it comes from. */
	static Optional<Found> of(Criterion criterion) {
		Bundle bundle = FrameworkUtil.getBundle(CriterionTypes.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		try {
			for (ServiceReference<CriterionType> reference : context.getServiceReferences(CriterionType.class, null)) {
				CriterionType type = context.getService(reference);
				if (type == null) {
					continue;
				}
				try {
					if (type.criterionClass() == criterion.eClass()) {
						return Optional.of(new Found(type, reference.getBundle().getSymbolicName()));
					}
				} catch (RuntimeException e) {
					LOG.log(Level.ERROR, "The cohort criterion type of " + reference.getBundle().getSymbolicName() + " failed", e);
				}
				context.ungetService(reference);
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter given
		}
		return Optional.empty();
	}

	/** A criterion type and the bundle that registered it, as messages name it. */
	record Found(CriterionType type, String bundle) {
	}
}
