package org.sublattice.core.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds small plugin jars at test time with the JDK's compiler, so discovery is tested on real
 * jars: a module with one analyzer component, an optional API version in the manifest, and
 * optionally a {@code requires} of a module that does not exist.
 */
final class TestPluginJars {
    private TestPluginJars() {
    }

    static Path build(Path workDir, String module, String componentId, String apiVersion, String extraRequires) throws IOException {
        return build(workDir, module, componentId, apiVersion, extraRequires, true);
    }

    /** As above; with {@code injectable} false the factory has no constructor Guice can call. */
    static Path build(Path workDir, String module, String componentId, String apiVersion, String extraRequires,
            boolean injectable) throws IOException {
        String pkg = module;
        Path src = workDir.resolve("src-" + module);
        Path classes = workDir.resolve("classes-" + module);
        Path pkgDir = src.resolve(pkg.replace('.', '/'));
        Files.createDirectories(pkgDir);
        Files.createDirectories(classes);
        Files.writeString(src.resolve("module-info.java"), "module " + module + " {\n requires org.sublattice.api;\n"
                + (extraRequires == null ? "" : " requires " + extraRequires + ";\n")
                + " provides org.sublattice.api.SublatticePlugin with " + pkg + ".P;\n"
                + " opens " + pkg + " to com.google.guice, org.sublattice.core;\n}\n");
        Files.writeString(pkgDir.resolve("P.java"), "package " + pkg + ";\n"
                + "import java.util.List;\nimport org.sublattice.api.*;\nimport org.sublattice.api.run.*;\n"
                + "public final class P implements SublatticePlugin {\n"
                + " public String name() { return \"" + module + "\"; }\n"
                + " public List<Contribution> contributions() { return List.of(Contribution.analyzer(\"" + componentId + "\", F.class)); }\n"
                + " public record Params() {}\n"
                + " public static final class F implements AnalyzerFactory<Params> {\n"
                + (injectable ? "" : "  public F(String notInjectable) { }\n")
                + "  public Class<Params> parameters() { return Params.class; }\n"
                + "  public String summary() { return \"test\"; }\n"
                + "  public String example() { return \"analyzers: [" + componentId + "]\"; }\n"
                + "  public Analyzer create(Params p, BuildContext c) { return s -> new AnalysisResult(List.of(), List.of()); }\n"
                + " }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String modulePath = modulePath();
        if (extraRequires != null) {
            // A module that exists at compile time only, so the plugin cannot be resolved later.
            Path libSrc = workDir.resolve("src-" + extraRequires);
            Path libClasses = workDir.resolve("lib-" + extraRequires);
            Files.createDirectories(libSrc);
            Files.writeString(libSrc.resolve("module-info.java"), "module " + extraRequires + " { }\n");
            if (javac.run(null, null, null, "-d", libClasses.toString(), libSrc.resolve("module-info.java").toString()) != 0) {
                throw new IllegalStateException("test module " + extraRequires + " did not compile");
            }
            modulePath = modulePath + java.io.File.pathSeparator + libClasses;
        }
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath,
                "-Xlint:-module", "-nowarn"));
        args.add(src.resolve("module-info.java").toString());
        args.add(pkgDir.resolve("P.java").toString());
        int rc = javac.run(null, null, null, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("test plugin " + module + " did not compile");
        }
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "9.9.9");
        if (apiVersion != null) {
            mf.getMainAttributes().putValue("Sublattice-Api-Version", apiVersion);
        }
        Path jar = workDir.resolve("plugins").resolve(module + ".jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, mf);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Module path of the host's API and Guice, taken from the test's own boot layer. */
    private static String modulePath() {
        List<String> paths = new ArrayList<>();
        for (String m : List.of("org.sublattice.api", "com.google.guice")) {
            ModuleLayer.boot().configuration().findModule(m).flatMap(r -> r.reference().location())
                    .ifPresent(uri -> paths.add(Path.of(uri).toString()));
        }
        return String.join(java.io.File.pathSeparator, paths);
    }
}
