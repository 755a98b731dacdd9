package org.chartroom.install;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installs features (plugins) from p2 repositories into the running product, lists what a repository
 * offers and finds updates of what was installed: p2's planner and engine on the product's own profile
 * ({@code eclipse.p2.profile} in its config.ini). The workbench's Install dialog and the CLI's
 * {@code plugins} verb both use it. Changes take effect when Chartroom starts next.
 */
public final class PluginInstaller {

	private static final String FEATURE_GROUP = ".feature.group";

	/**
	 * Bundles whose services p2's Eclipse touchpoint needs to write the product's configuration (the
	 * framework manipulator). Nothing starts them in a normal run, so the installer does, when it is used.
	 */
	private static final List<String> CONFIGURATION_WRITERS = List.of("org.eclipse.equinox.frameworkadmin.equinox",
			"org.eclipse.equinox.simpleconfigurator.manipulator");

	private static final String PROFILE_PROPERTY = "eclipse.p2.profile";

	private final IProvisioningAgent agent;
	private final String profileId;
	private final Path installFolder;

	private PluginInstaller(IProvisioningAgent agent, String profileId, Path installFolder) {
		this.agent = agent;
		this.profileId = profileId;
		this.installFolder = installFolder;
	}

	/**
	 * The installer of the product this process runs, as p2's director application does it for an
	 * installation folder: an agent on the folder's p2 data area and its profile (not the "running"
	 * agent, whose framework manipulator needs the native launcher Chartroom does without). Fails when
	 * this Chartroom was not installed by p2 (a development run, a test runtime).
	 */
	public static PluginInstaller forRunningProduct() throws InstallException {
		BundleContext context = FrameworkUtil.getBundle(PluginInstaller.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		String profileId = context.getProperty(PROFILE_PROPERTY);
		Optional<Path> folder = installFolder(context);
		if (reference == null || profileId == null || folder.isEmpty() || !Files.isDirectory(folder.get().resolve("p2"))) {
			throw new InstallException("Plugins cannot be installed: this Chartroom was not installed by p2 "
					+ "(a development or test run has no p2 profile).");
		}
		try {
			startConfigurationWriters(context);
			IProvisioningAgentProvider provider = context.getService(reference);
			IProvisioningAgent agent = provider.createAgent(folder.get().resolve("p2").toUri());
			agent.registerService(IProvisioningAgent.INSTALLER_AGENT, provider.createAgent(null));
			agent.registerService(PROFILE_PROPERTY, profileId);
			if (agent.getService(IProfileRegistry.class).getProfile(profileId) == null) {
				throw new InstallException("Plugins cannot be installed: p2 has no profile " + profileId + " in " + folder.get() + ".");
			}
			return new PluginInstaller(agent, profileId, folder.get());
		} catch (ProvisionException e) {
			throw new InstallException("Plugins cannot be installed: " + e.getMessage(), e);
		}
	}

	private static Optional<Path> installFolder(BundleContext context) {
		String area = context.getProperty("osgi.install.area");
		if (area == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(new URL(area).toURI()).toAbsolutePath().normalize());
		} catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static void startConfigurationWriters(BundleContext context) throws InstallException {
		for (String name : CONFIGURATION_WRITERS) {
			Bundle bundle = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(name)).findFirst()
					.orElseThrow(() -> new InstallException("Plugins cannot be installed: " + name + " is missing from this Chartroom."));
			try {
				bundle.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				throw new InstallException("Plugins cannot be installed: " + name + " does not start: " + e.getMessage(), e);
			}
		}
	}

	/** The features a repository offers (latest version of each), with the installed version where there is one. */
	public List<Plugin> available(URI repository, IProgressMonitor monitor) throws InstallException {
		IMetadataRepository metadata = load(repository, monitor);
		IQueryResult<IInstallableUnit> groups = metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor);
		IProfile profile = profile();
		List<Plugin> plugins = new ArrayList<>();
		for (IInstallableUnit unit : groups) {
			if (unit.getId().endsWith(FEATURE_GROUP)) {
				plugins.add(plugin(profile, unit));
			}
		}
		plugins.sort(Comparator.comparing(Plugin::id));
		return plugins;
	}

	/**
	 * Installs features of a repository, with what they need from it or from the product. Nothing changes
	 * when p2 cannot resolve them: the message names what is missing.
	 *
	 * @param ids feature ids as {@link Plugin#id()} names them
	 */
	public void install(URI repository, List<String> ids, IProgressMonitor monitor) throws InstallException {
		SubMonitor progress = SubMonitor.convert(monitor, "Installing " + String.join(", ", ids), 10);
		IMetadataRepository metadata = load(repository, progress.split(2));
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile());
		for (String id : ids) {
			IInstallableUnit unit = latest(metadata, id + FEATURE_GROUP, null)
					.orElseThrow(() -> new InstallException("The repository " + repository + " offers no plugin " + id + "."));
			request.add(unit);
			request.setInstallableUnitProfileProperty(unit, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
		}
		perform(request, List.of(repository), progress.split(8));
	}

	/** The installed plugins (features installed as roots) that one of the repositories has a newer version of. */
	public List<Plugin> updates(List<URI> repositories, IProgressMonitor monitor) throws InstallException {
		SubMonitor progress = SubMonitor.convert(monitor, "Checking for updates", repositories.size() + 1);
		List<IMetadataRepository> loaded = new ArrayList<>();
		for (URI repository : repositories) {
			loaded.add(load(repository, progress.split(1)));
		}
		IProfile profile = profile();
		List<Plugin> updates = new ArrayList<>();
		for (IInstallableUnit installed : roots()) {
			newest(loaded, installed.getId(), null).filter(found -> found.getVersion().compareTo(installed.getVersion()) > 0)
					.ifPresent(found -> updates.add(plugin(profile, found)));
		}
		return updates;
	}

	/** Updates installed plugins to the newest version the repositories offer. */
	public void update(List<URI> repositories, List<String> ids, IProgressMonitor monitor) throws InstallException {
		SubMonitor progress = SubMonitor.convert(monitor, "Updating " + String.join(", ", ids), repositories.size() + 10);
		List<IMetadataRepository> loaded = new ArrayList<>();
		for (URI repository : repositories) {
			loaded.add(load(repository, progress.split(1)));
		}
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile());
		for (String id : ids) {
			IInstallableUnit installed = installed(id + FEATURE_GROUP)
					.orElseThrow(() -> new InstallException("The plugin " + id + " is not installed."));
			IInstallableUnit newest = newest(loaded, installed.getId(), null)
					.orElseThrow(() -> new InstallException("No repository offers the plugin " + id + "."));
			request.remove(installed);
			request.add(newest);
			request.setInstallableUnitProfileProperty(newest, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
		}
		perform(request, repositories, progress.split(10));
	}

	/** The repositories plugins were installed or listed from before, as p2 remembers them. */
	public List<URI> knownRepositories() {
		return List.of(agent.getService(IMetadataRepositoryManager.class).getKnownRepositories(IRepositoryManager.REPOSITORIES_NON_SYSTEM));
	}

	private void perform(IProfileChangeRequest request, List<URI> repositories, IProgressMonitor monitor) throws InstallException {
		followMovedInstallation(request);
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(repositories.toArray(URI[]::new));
		context.setArtifactRepositories(repositories.toArray(URI[]::new));
		IProvisioningPlan plan = agent.getService(IPlanner.class).getProvisioningPlan(request, context, progress.split(3));
		if (!plan.getStatus().isOK()) {
			throw new InstallException("The plugins cannot be installed: " + explain(plan.getStatus()));
		}
		IStatus done = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), progress.split(7));
		if (done.getSeverity() == IStatus.CANCEL) {
			throw new InstallException("The installation was cancelled; nothing changed.");
		}
		if (!done.isOK() && done.getSeverity() != IStatus.INFO && done.getSeverity() != IStatus.WARNING) {
			throw new InstallException("The installation failed: " + explain(done));
		}
	}

	private IMetadataRepository load(URI repository, IProgressMonitor monitor) throws InstallException {
		try {
			// Loading also remembers the repository, so that update checks look there again.
			agent.getService(IArtifactRepositoryManager.class).addRepository(repository);
			return agent.getService(IMetadataRepositoryManager.class).loadRepository(repository, monitor);
		} catch (ProvisionException e) {
			throw new InstallException("No p2 repository at " + repository + ": " + e.getMessage(), e);
		}
	}

	/**
	 * A product unpacked or copied elsewhere than where it was built still names its first folder in its
	 * (roaming) profile: point the profile at where it is now, as the director application does.
	 */
	private void followMovedInstallation(IProfileChangeRequest request) {
		IProfile profile = profile();
		if (!Boolean.parseBoolean(profile.getProperty(IProfile.PROP_ROAMING))) {
			return;
		}
		String here = installFolder.toString();
		if (!here.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER))) {
			request.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here);
		}
		if (!here.equals(profile.getProperty(IProfile.PROP_CACHE))) {
			request.setProfileProperty(IProfile.PROP_CACHE, here);
		}
	}

	/** The product's profile as it is now (a profile is a snapshot: an install makes a new one). */
	private IProfile profile() {
		return agent.getService(IProfileRegistry.class).getProfile(profileId);
	}

	private List<IInstallableUnit> roots() {
		IProfile profile = profile();
		List<IInstallableUnit> roots = new ArrayList<>();
		for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
			if (Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))
					&& unit.getId().endsWith(FEATURE_GROUP)) {
				roots.add(unit);
			}
		}
		return roots;
	}

	private Optional<IInstallableUnit> installed(String unitId) {
		return installed(profile(), unitId);
	}

	private static Optional<IInstallableUnit> installed(IProfile profile, String unitId) {
		return profile.query(QueryUtil.createIUQuery(unitId), null).stream().findFirst();
	}

	private static Optional<IInstallableUnit> latest(IMetadataRepository repository, String unitId, IProgressMonitor monitor) {
		return repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(unitId)), monitor).stream().findFirst();
	}

	private static Optional<IInstallableUnit> newest(List<IMetadataRepository> repositories, String unitId, IProgressMonitor monitor) {
		return repositories.stream().map(repository -> latest(repository, unitId, monitor)).flatMap(Optional::stream)
				.max(Comparator.comparing(IInstallableUnit::getVersion));
	}

	/** A feature as {@link Plugin}, with its version in the profile as it was read once for the whole listing. */
	private static Plugin plugin(IProfile profile, IInstallableUnit unit) {
		String id = unit.getId().substring(0, unit.getId().length() - FEATURE_GROUP.length());
		String name = Optional.ofNullable(unit.getProperty(IInstallableUnit.PROP_NAME, null)).orElse(id);
		return new Plugin(id, name, unit.getVersion().toString(),
				installed(profile, unit.getId()).map(u -> u.getVersion().toString()));
	}

	/** The first error's message and its children's, which name the missing requirement. */
	private static String explain(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		if (status instanceof MultiStatus multi) {
			for (IStatus child : multi.getChildren()) {
				if (!child.isOK()) {
					text.append(' ').append(explain(child));
				}
			}
		}
		return text.toString();
	}
}
