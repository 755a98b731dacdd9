package org.chartroom.releng.emfcodegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model code of a bundle from its genmodel with the EMF generator
 * ({@code org.eclipse.emf.codegen.ecore}), run stand-alone outside Eclipse.
 *
 * <ol>
 * <li>Reloads the genmodel from its .ecore files, as the genmodel editor's "Reload" does: new
 * classes and features of the .ecore get default generator settings, existing settings are kept.
 * The genmodel file is rewritten only when its content changes.</li>
 * <li>Runs the generator for the model code into a fresh temporary folder that stands in for the
 * bundle ({@code platform:/resource/<bundle>/}), so nothing is merged into old files.</li>
 * <li>Replaces the bundle's model directory (e.g. {@code src-gen/}) with the fresh one and copies
 * {@code plugin.xml} and {@code plugin.properties} when generated. Everything else the generator
 * may write (MANIFEST.MF, build.properties) is left out: the bundle keeps its own.</li>
 * </ol>
 *
 * Arguments: the bundle folder and the genmodel path relative to it. With
 * {@code -Dchartroom.codegen.check=true} nothing is written; the run fails if the bundle's
 * generated files are not what the generator produces.
 */
public final class RegenerateModel {

	/** Files at the bundle root taken over from the generator's output. */
	private static final List<String> GENERATED_ROOT_FILES = List.of("plugin.xml");

	private RegenerateModel() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: RegenerateModel <bundle-folder> <genmodel-path-in-bundle>");
			System.exit(2);
		}
		Path bundle = Paths.get(args[0]).toAbsolutePath().normalize();
		Path genModelFile = bundle.resolve(args[1]).normalize();
		boolean check = Boolean.getBoolean("chartroom.codegen.check");
		int problems = new RegenerateModel().run(bundle, genModelFile, check);
		if (problems > 0) {
			System.exit(1);
		}
	}

	private int run(Path bundle, Path genModelFile, boolean check) throws IOException {
		// Stand-alone set-up: the packages and resource factories Eclipse would register by extension.
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());

		// Load through platform:/resource/<project>/ as Eclipse would (the project is the bundle folder);
		// the generator needs that to write the genModel location into plugin.xml.
		String project = bundle.getFileName().toString();
		EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(bundle.toString() + "/"));
		String genModelInProject = bundle.relativize(genModelFile).toString().replace('\\', '/');
		Resource genModelResource = resourceSet.getResource(
				URI.createPlatformResourceURI(project + "/" + genModelInProject, true), true);
		GenModel genModel = reload(genModelResource);
		int problems = 0;

		byte[] genModelBytes = save(genModelResource);
		if (!Arrays.equals(genModelBytes, Files.readAllBytes(genModelFile))) {
			if (check) {
				System.err.println("out of date: " + bundle.relativize(genModelFile) + " (the .ecore changed)");
				problems++;
			} else {
				Files.write(genModelFile, genModelBytes);
				System.out.println("updated " + bundle.relativize(genModelFile));
			}
		}

		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("genmodel is not valid: " + describe(validation));
		}

		// The generator writes to platform:/resource/<project>/; from now on that is a scratch folder.
		String modelDirectory = genModel.getModelDirectory();
		if (!modelDirectory.startsWith("/" + project + "/")) {
			throw new IllegalStateException("modelDirectory " + modelDirectory + " is not in /" + project + "/");
		}
		String modelDirInProject = modelDirectory.substring(project.length() + 2);
		Path out = Files.createTempDirectory("chartroom-emf-codegen");
		try {
			EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(out.toString() + "/"));

			genModel.setCanGenerate(true);
			Generator generator = new Generator();
			if (generator.getAdapterFactoryDescriptorRegistry().getDescriptors(GenModelPackage.eNS_URI).isEmpty()) {
				generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
						GenModelGeneratorAdapterFactory.DESCRIPTOR);
			}
			generator.setInput(genModel);
			Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
					new BasicMonitor());
			generator.dispose();
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException("generation failed: " + describe(result));
			}
			if (result.getSeverity() != Diagnostic.OK) {
				System.out.println("generator: " + describe(result));
			}

			Path generatedDir = out.resolve(modelDirInProject);
			if (!Files.isDirectory(generatedDir)) {
				throw new IllegalStateException("the generator wrote nothing to " + modelDirInProject);
			}
			problems += sync(generatedDir, bundle.resolve(modelDirInProject), bundle, check);
			for (String name : GENERATED_ROOT_FILES) {
				Path generated = out.resolve(name);
				if (Files.exists(generated)) {
					problems += syncFile(generated, bundle.resolve(name), bundle, check);
				}
			}
			try (Stream<Path> top = Files.list(out)) {
				top.map(p -> out.relativize(p).toString())
						.filter(n -> !GENERATED_ROOT_FILES.contains(n) && !n.equals(modelDirInProject.split("/")[0]))
						.sorted()
						.forEach(n -> System.out.println("ignored generated " + n + " (the bundle keeps its own)"));
			}
		} finally {
			deleteTree(out);
		}
		if (check) {
			System.out.println(problems == 0 ? "generated code is up to date" : problems + " file(s) out of date");
		}
		return problems;
	}

	/**
	 * Builds a fresh genmodel from the .ecore packages of the old one and carries the old
	 * settings over, then puts it in the old one's resource.
	 */
	private static GenModel reload(Resource genModelResource) {
		GenModel oldGenModel = (GenModel) genModelResource.getContents().get(0);
		List<EPackage> ePackages = new ArrayList<>();
		for (GenPackage genPackage : oldGenModel.getGenPackages()) {
			EPackage ePackage = genPackage.getEcorePackage();
			if (ePackage == null || ePackage.eIsProxy()) {
				throw new IllegalStateException("cannot load the .ecore of " + genPackage.getPackageName());
			}
			ePackages.add(ePackage);
		}
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModelResource.getContents().add(genModel);
		genModel.initialize(ePackages);
		genModel.reconcile(oldGenModel);
		// reconcile() carries the generator settings over, but not what the importer records.
		genModel.setImporterID(oldGenModel.getImporterID());
		genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
		genModelResource.getContents().remove(oldGenModel);
		return genModel;
	}

	private static byte[] save(Resource resource) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		return bytes.toByteArray();
	}

	/** Makes {@code target} hold exactly the files of {@code source}; returns the count of differences in check mode. */
	private static int sync(Path source, Path target, Path bundle, boolean check) throws IOException {
		TreeSet<String> names = new TreeSet<>(files(source));
		List<String> stale = new ArrayList<>(files(target));
		stale.removeAll(names);
		int problems = 0;
		for (String name : stale) {
			if (check) {
				System.err.println("not generated any more: " + bundle.relativize(target.resolve(name)));
				problems++;
			} else {
				Files.delete(target.resolve(name));
				System.out.println("deleted " + bundle.relativize(target.resolve(name)));
			}
		}
		for (String name : names) {
			problems += syncFile(source.resolve(name), target.resolve(name), bundle, check);
		}
		if (!check) {
			deleteEmptyFolders(target);
		}
		return problems;
	}

	private static int syncFile(Path source, Path target, Path bundle, boolean check) throws IOException {
		byte[] content = Files.readAllBytes(source);
		if (Files.exists(target) && Arrays.equals(content, Files.readAllBytes(target))) {
			return 0;
		}
		if (check) {
			System.err.println("out of date: " + bundle.relativize(target));
			return 1;
		}
		Files.createDirectories(target.getParent());
		Files.write(target, content);
		System.out.println("wrote " + bundle.relativize(target));
		return 0;
	}

	private static List<String> files(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
					.sorted().toList();
		}
	}

	private static void deleteEmptyFolders(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path dir : walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
				try (Stream<Path> entries = Files.list(dir)) {
					if (entries.findAny().isEmpty()) {
						Files.delete(dir);
					}
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
		if (diagnostic.getException() != null) {
			text.append(" (").append(diagnostic.getException()).append(')');
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append(System.lineSeparator()).append("  ").append(describe(child).replace("\n", "\n  "));
		}
		return text.toString();
	}
}
