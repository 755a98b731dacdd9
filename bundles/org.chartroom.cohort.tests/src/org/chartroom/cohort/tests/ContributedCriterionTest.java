package org.chartroom.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Hashtable;
import java.util.List;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.CohortPackage;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.impl.CriterionImpl;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CriterionContext;
import org.chartroom.cohort.sql.CriterionType;
import org.chartroom.cohort.sql.InvalidCohortException;
import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.model.warehouse.StaySemantics;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A criterion type a plugin contributes (its own EClass and its SQL), used by the compiler like the
 * built-in ones; one that throws makes the cohort invalid at that criterion and breaks nothing else.
 */
class ContributedCriterionTest {

	/** The plugin's EPackage: one criterion class, a subclass of the cohort model's Criterion. */
	private static final EClass FIRST_ENTRY = criterionClass("FirstEntryCriterion");
	private static final EClass BROKEN = criterionClass("BrokenCriterion");

	private static EClass criterionClass(String name) {
		EPackage plugin = EcoreFactory.eINSTANCE.createEPackage();
		plugin.setName("hospital");
		plugin.setNsURI("http://example.org/hospital/cohort/" + name);
		EClass type = EcoreFactory.eINSTANCE.createEClass();
		type.setName(name);
		type.getESuperTypes().add(CohortPackage.Literals.CRITERION);
		plugin.getEClassifiers().add(type);
		return type;
	}

	/** The plugin's criterion as its generated code would be: a subclass of the cohort model's CriterionImpl. */
	private static final class PluginCriterion extends CriterionImpl {
		private final EClass type;

		PluginCriterion(EClass type) {
			this.type = type;
		}

		@Override
		protected EClass eStaticClass() {
			return type;
		}
	}

	/** "The patient's first entry": no entry of the same patient starts earlier. */
	private static final class FirstEntryType implements CriterionType {
		@Override
		public EClass criterionClass() {
			return FIRST_ENTRY;
		}

		@Override
		public SqlPart compile(Criterion criterion, CriterionContext context) throws InvalidCohortException {
			StaySemantics stay = (StaySemantics) context.entryTable().getSemantics();
			String x = context.newAlias();
			return new SqlPart("NOT EXISTS (SELECT 1 FROM " + context.table(context.entryTable()) + " " + x + " WHERE "
					+ context.column(x, stay.getPatientColumn()) + " = " + context.entry(stay.getPatientColumn()) + " AND "
					+ context.column(x, stay.getStartColumn()) + " < " + context.entry(stay.getStartColumn()) + ")", List.of());
		}

		@Override
		public String describe(Criterion criterion) {
			return "first entry of the patient";
		}
	}

	@Test
	void aContributedCriterionCountsLikeHandWrittenSql() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ContributedCriterionTest.class).getBundleContext();
		ServiceRegistration<CriterionType> registration = context.registerService(CriterionType.class, new FirstEntryType(),
				new Hashtable<>());
		try {
			Cohort cohort = CohortFactory.eINSTANCE.createCohort();
			cohort.setEntryLevel("icu");
			cohort.getCriteria().add(new PluginCriterion(FIRST_ENTRY));
			CohortCounts counts = MimicCohortTest.count(cohort);
			List<Long> hand = Counts.pair(DemoWorkspace.MIMIC, "SELECT COUNT(*), COUNT(DISTINCT i.SUBJECT_ID) FROM ICUSTAYS i "
					+ "WHERE NOT EXISTS (SELECT 1 FROM ICUSTAYS j WHERE j.SUBJECT_ID = i.SUBJECT_ID AND j.INTIME < i.INTIME)");
			assertEquals(hand, List.of(counts.entries(), counts.patients()));
			assertEquals(List.of(100L, 100L), hand);
			assertEquals("first entry of the patient", counts.attrition().get(1).label());
		} finally {
			registration.unregister();
		}
	}

	@Test
	void aFailingCriterionTypeMakesTheCohortInvalidAndNothingElse() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ContributedCriterionTest.class).getBundleContext();
		ServiceRegistration<CriterionType> registration = context.registerService(CriterionType.class, new CriterionType() {
			@Override
			public EClass criterionClass() {
				return BROKEN;
			}

			@Override
			public SqlPart compile(Criterion criterion, CriterionContext ignored) {
				throw new IllegalStateException("the broken type broke");
			}
		}, new Hashtable<>());
		try {
			Cohort cohort = CohortFactory.eINSTANCE.createCohort();
			cohort.setEntryLevel("icu");
			cohort.getCriteria().add(new PluginCriterion(BROKEN));
			InvalidCohortException invalid = assertThrows(InvalidCohortException.class, () -> MimicCohortTest.count(cohort));
			assertEquals("Invalid cohort definition: criterion 1 (BrokenCriterion), type: the criterion type of "
					+ "org.chartroom.cohort.tests failed (the broken type broke).", invalid.getMessage());
			// the built-in criteria still work
			assertEquals(29L, MimicCohortTest.count(Definitions.tachycardicIcuStays()).entries());
		} finally {
			registration.unregister();
		}
		// without the type, its criterion is simply not supported
		Cohort orphan = CohortFactory.eINSTANCE.createCohort();
		orphan.setEntryLevel("icu");
		orphan.getCriteria().add(new PluginCriterion(FIRST_ENTRY));
		assertEquals("Invalid cohort definition: criterion 1 (FirstEntryCriterion), type: FirstEntryCriterion is not supported.",
				assertThrows(InvalidCohortException.class, () -> MimicCohortTest.count(orphan)).getMessage());
	}
}
