package org.chartroom.report.internal;

import java.lang.System.Logger.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;

/**
 * The one BIRT report engine of the process: started on first use (BIRT's platform takes seconds
 * to start, and most runs of the CLI never make a report), destroyed with its owner.
 */
final class BirtEngine implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(BirtEngine.class.getName());

	private IReportEngine engine;

	synchronized IReportEngine get() throws BirtException {
		if (engine == null) {
			EngineConfig config = new EngineConfig();
			config.setLogConfig(null, java.util.logging.Level.OFF); // failures reach callers as exceptions
			Platform.startup(config);
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new BirtException("org.chartroom.report", "BIRT's report engine factory is not installed.", null);
			}
			engine = factory.createReportEngine(config);
			LOG.log(Level.DEBUG, "BIRT report engine started");
		}
		return engine;
	}

	@Override
	public synchronized void close() {
		if (engine != null) {
			engine.destroy();
			engine = null;
			Platform.shutdown();
		}
	}
}
