package org.attest.codegen;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator outside OSGi and outside an IDE: generates the model code of
 * {@code org.attest.model} and the item providers of {@code org.attest.model.edit} from
 * {@code model/attest.genmodel}, into the projects' {@code src-gen/} folders.
 */
public final class ModelGenerator {

	static final String MODEL_PROJECT = "org.attest.model";
	static final String EDIT_PROJECT = "org.attest.model.edit";
	static final String GENMODEL = "model/attest.genmodel";

	private final Path modelProject;
	private final Path editProject;

	/** Generates into the given project folders (the real ones, or copies for a check). */
	public ModelGenerator(Path modelProject, Path editProject) {
		this.modelProject = modelProject.toAbsolutePath().normalize();
		this.editProject = editProject.toAbsolutePath().normalize();
	}

	/** Regenerates model and edit code; throws when the genmodel does not validate or generation fails. */
	public void generate() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		// platform:/resource/<project>/ is where the genmodel says code goes; platform:/plugin/org.eclipse.emf.ecore/
		// is where Ecore's own genmodel (for EString, EInt, ...) lives
		EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, folderUri(modelProject));
		EcorePlugin.getPlatformResourceMap().put(EDIT_PROJECT, folderUri(editProject));
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
		resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", false),
				jarRoot(EcorePackage.class));

		Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(MODEL_PROJECT + "/" + GENMODEL, true), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("the genmodel is invalid: " + messages(valid));
		}

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException("generating " + projectType + " failed: " + messages(result));
			}
		}
	}

	/** Regenerates the code in the repository: {@code ModelGenerator [repository root]}. */
	public static void main(String[] args) {
		Path root = Path.of(args.length > 0 ? args[0] : ".");
		new ModelGenerator(root.resolve("bundles").resolve(MODEL_PROJECT), root.resolve("bundles").resolve(EDIT_PROJECT)).generate();
		System.out.println("regenerated " + MODEL_PROJECT + "/src-gen and " + EDIT_PROJECT + "/src-gen");
	}

	private static URI folderUri(Path folder) {
		return URI.createFileURI(folder.toString()).appendSegment("");
	}

	private static URI jarRoot(Class<?> classInJar) {
		String jar = classInJar.getProtectionDomain().getCodeSource().getLocation().toString();
		return URI.createURI(jar.endsWith(".jar") ? "archive:" + jar + "!/" : jar);
	}

	private static String messages(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append("\n  ").append(messages(child));
		}
		return text.toString();
	}
}
