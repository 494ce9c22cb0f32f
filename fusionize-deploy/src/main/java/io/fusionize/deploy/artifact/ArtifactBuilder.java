package io.fusionize.deploy.artifact;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.protocol.fusion.FusionEnvironment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds one deployment package per function of a setup.
 *
 * <p>A package holds the application classes the function needs (see {@link ClassSelector}), the
 * application's resources, the runtime and every library those classes reach under {@code lib/},
 * and the setup as {@code fusionize-setup.json}. Packages are stored under the cache directory by
 * the digest of their content, so identical code is written once.
 */
public final class ArtifactBuilder {

    /** The Lambda handler every function runs. */
    public static final String HANDLER_CLASS = "io.fusionize.core.handler.FusionHandler";

    /** The handler string for the platform's function configuration. */
    public static final String HANDLER = HANDLER_CLASS + "::handleRequest";

    private static final int MAX_CHECK_ROUNDS = 100;

    private final Path cacheDirectory;
    private final LibraryResolver libraryResolver;
    private final Map<Path, ClassSelector> selectors = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param cacheDirectory where packages are stored by digest; created when missing
     */
    public ArtifactBuilder(Path cacheDirectory) {
        this(cacheDirectory, Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(ArtifactBuilder.class.getClassLoader()));
    }

    /**
     * @param cacheDirectory where packages are stored by digest; created when missing
     * @param loader the class loader that sees the runtime and the application's libraries
     */
    public ArtifactBuilder(Path cacheDirectory, ClassLoader loader) {
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cache directory must not be null");
        this.libraryResolver = new LibraryResolver(loader);
    }

    /**
     * @param code the application and its code
     * @param setup the setup to package
     * @return one package per function, in the setup's order
     */
    public List<FunctionArtifact> buildAll(ApplicationCode code, Setup setup) {
        return setup.functions().stream().map(function -> build(code, setup, function)).toList();
    }

    /**
     * @param code the application and its code
     * @param setup the setup the function belongs to
     * @param function the function to package
     * @return its package
     */
    public FunctionArtifact build(ApplicationCode code, Setup setup, FunctionSpec function) {
        Objects.requireNonNull(code, "application code must not be null");
        Set<String> tasks = tasksRun(function);
        Set<String> classes = selectClasses(code, tasks);
        Set<Path> libraries = libraries(code, classes);
        classes = completeForProvider(code, classes, libraries);
        ZipContent content = new ZipContent();
        classes.forEach(name -> content.put(name + ".class", code.source().classFile(name)));
        addResources(code, content);
        content.put(FusionEnvironment.SETUP_RESOURCE, SetupJson.write(setup).getBytes(StandardCharsets.UTF_8));
        List<String> jarNames = addLibraries(libraries, content);
        return store(function.functionName(code.name()), content, tasks, classes, omitted(code, classes),
                jarNames);
    }

    /**
     * @param function a function of a setup
     * @return the tasks it runs: its entry and every task inlined into it
     */
    public static Set<String> tasksRun(FunctionSpec function) {
        Set<String> tasks = new LinkedHashSet<>();
        tasks.add(function.entry());
        tasks.addAll(function.inlineSync());
        tasks.addAll(function.inlineAsync());
        return tasks;
    }

    /**
     * Deletes stored packages other than the given ones.
     *
     * @param keep packages still in use
     */
    public void retainOnly(Set<Path> keep) {
        if (!Files.isDirectory(cacheDirectory)) {
            return;
        }
        try (var files = Files.list(cacheDirectory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".zip"))::iterator) {
                if (!keep.contains(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + cacheDirectory, e);
        }
    }

    private Set<String> selectClasses(ApplicationCode code, Set<String> tasks) {
        Map<String, String> taskClasses = code.taskClasses();
        Set<String> run = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        taskClasses.forEach((task, type) -> (tasks.contains(task) ? run : others).add(type));
        return selector(code).select(code.providerInternalName(), run, others);
    }

    private Set<String> completeForProvider(ApplicationCode code, Set<String> classes, Set<Path> libraries) {
        ProviderCheck check = new ProviderCheck(code.source(), libraries);
        Set<String> complete = new TreeSet<>(classes);
        for (int round = 0; round < MAX_CHECK_ROUNDS; round++) {
            Optional<String> missing = check.missingClass(code.providerClassName(), complete);
            if (missing.isEmpty()) {
                return complete;
            }
            selector(code).addWithClosure(List.of(missing.get()), complete);
        }
        throw new IllegalStateException("application " + code.name()
                + " still misses classes after " + MAX_CHECK_ROUNDS + " additions");
    }

    private Set<Path> libraries(ApplicationCode code, Set<String> classes) {
        if (code.source().hasClass(HANDLER_CLASS.replace('.', '/'))) {
            throw new IllegalStateException("application " + code.name() + " shares " + code.source().location()
                    + " with the Fusionize runtime (a shaded jar?); packaging needs the application's classes"
                    + " and its libraries as separate class-path entries");
        }
        Set<String> roots = new TreeSet<>();
        roots.add(HANDLER_CLASS.replace('.', '/'));
        for (String name : classes) {
            roots.addAll(ClassReferences.of(code.source().classFile(name)).all());
        }
        roots.removeIf(code.source()::hasClass);
        return libraryResolver.librariesFor(roots, Set.of(code.source().location()));
    }

    private static void addResources(ApplicationCode code, ZipContent content) {
        code.source().files().forEach((name, bytes) -> {
            if (!name.endsWith(".class") && !name.equals(ApplicationCode.PROVIDER_SERVICE_FILE)) {
                content.put(name, bytes);
            }
        });
        // Only this application's provider is listed, so no other application's classes load.
        content.put(ApplicationCode.PROVIDER_SERVICE_FILE,
                (code.providerClassName() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> addLibraries(Set<Path> libraries, ZipContent content) {
        List<String> names = new ArrayList<>();
        for (Path library : libraries) {
            LibraryJar jar = LibraryJar.of(library);
            content.put("lib/" + jar.fileName(), jar.bytes());
            names.add(jar.fileName());
        }
        return names;
    }

    private static Set<String> omitted(ApplicationCode code, Set<String> classes) {
        Set<String> omitted = new TreeSet<>();
        code.source().files().keySet().stream().filter(name -> name.endsWith(".class"))
                .map(name -> name.substring(0, name.length() - ".class".length()))
                .filter(name -> !classes.contains(name)).forEach(omitted::add);
        return omitted;
    }

    private FunctionArtifact store(String functionName, ZipContent content, Set<String> tasks,
            Set<String> classes, Set<String> omitted, List<String> libraries) {
        String digest = content.digest();
        Path zip = cacheDirectory.resolve(digest + ".zip");
        boolean reused = Files.isRegularFile(zip);
        if (!reused) {
            write(content, zip);
        }
        return new FunctionArtifact(functionName, zip, size(zip), content.uncompressedBytes(), digest,
                tasks, classes, omitted, libraries, reused);
    }

    private static void write(ZipContent content, Path zip) {
        try {
            Files.createDirectories(zip.getParent());
            Path partial = Files.createTempFile(zip.getParent(), "partial-", ".tmp");
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            // Readers see either no package or a complete one.
            Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write package " + zip, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ClassSelector selector(ApplicationCode code) {
        return selectors.computeIfAbsent(code.source().location(), l -> new ClassSelector(code.source()));
    }
}
