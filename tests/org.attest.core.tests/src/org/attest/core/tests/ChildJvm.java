package org.attest.core.tests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;

/**
 * A separate JVM running a {@code main} class of this test fragment outside OSGi, for tests that must kill a
 * process or bound its heap. Its class path is made of the jars and class folders the running OSGi framework
 * loaded the given classes from, so it runs exactly the code under test; its Java is the running one.
 */
public final class ChildJvm {

	private ChildJvm() {
	}

	/**
	 * A process builder for {@code java <options> -cp <class path> <main> <arguments>}, the class path holding
	 * {@code main} and one class of every bundle it needs.
	 */
	public static ProcessBuilder builder(Class<?> main, List<Class<?>> bundleClasses, List<String> options, List<String> arguments)
			throws IOException {
		Set<Path> classPath = new LinkedHashSet<>();
		classPath.add(classPathEntry(main));
		for (Class<?> bundleClass : bundleClasses) {
			classPath.add(classPathEntry(bundleClass));
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
		command.add(main.getName());
		command.addAll(arguments);
		return new ProcessBuilder(command);
	}

	/** The jar or class folder the class was loaded from, found through its class file's resolved URL. */
	static Path classPathEntry(Class<?> type) throws IOException {
		String classFile = type.getName().replace('.', '/') + ".class";
		URL url = FileLocator.resolve(type.getClassLoader().getResource(classFile));
		try {
			if ("jar".equals(url.getProtocol())) {
				String jar = url.getPath();
				return Path.of(new URI(jar.substring(0, jar.indexOf("!/"))));
			}
			Path root = Path.of(url.toURI());
			for (int i = classFile.split("/").length; i > 0; i--) {
				root = root.getParent();
			}
			return root;
		} catch (URISyntaxException | RuntimeException e) {
			throw new IOException("cannot find where " + type.getName() + " was loaded from: " + url, e);
		}
	}
}
