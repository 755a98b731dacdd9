package org.chartroom.ui;

import org.chartroom.core.store.Workspace;
import org.chartroom.ui.imports.ImportJob;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Hands the open workspace to the workbench and chooses the Chartroom perspective. */
final class ChartroomWorkbenchAdvisor extends WorkbenchAdvisor {

	private final Workspace workspace;

	ChartroomWorkbenchAdvisor(Workspace workspace) {
		this.workspace = workspace;
	}

	@Override
	public void preStartup() {
		// Parts and handlers find the session's workspace in the application context.
		getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class).set(Workspace.class, workspace);
	}

	/** An import still running is cancelled (its draft dropped) before the workspace closes. */
	@Override
	public void postShutdown() {
		Job.getJobManager().cancel(ImportJob.FAMILY);
		try {
			Job.getJobManager().join(ImportJob.FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ChartroomPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ChartroomWindowAdvisor(configurer, workspace);
	}
}
