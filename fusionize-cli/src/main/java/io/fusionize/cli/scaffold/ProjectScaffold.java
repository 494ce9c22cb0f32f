package io.fusionize.cli.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a new application project: a Maven build, the application (an entry task that calls one
 * task sync and one async), its provider registration and load requests, a test written with the
 * test kit, and a README with the commands to build, test and optimize it.
 */
public final class ProjectScaffold {

    private final ProjectNames names;

    /**
     * @param names the application's name and package
     */
    public ProjectScaffold(ProjectNames names) {
        this.names = names;
    }

    /**
     * @param directory the project directory; it must not exist yet or be empty
     * @return the files written, relative to the directory, in order
     * @throws IllegalArgumentException when the directory holds files already
     */
    public List<Path> writeTo(Path directory) {
        requireEmpty(directory);
        Map<String, String> values = values();
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path target = directory.resolve(file.getKey());
            write(target, Templates.fill(file.getValue(), values));
            written.add(directory.relativize(target));
        }
        return written;
    }

    /** @return each file to write, by its path in the project, with the template it comes from */
    private Map<String, String> files() {
        String main = "src/main/java/" + names.packagePath() + "/";
        String test = "src/test/java/" + names.packagePath() + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", "pom.xml.template");
        files.put("README.md", "README.md.template");
        files.put(".gitignore", "gitignore.template");
        files.put(main + names.className() + "Provider.java", "Provider.java.template");
        files.put(main + "Greet.java", "Greet.java.template");
        files.put(main + "Format.java", "Format.java.template");
        files.put(main + "Audit.java", "Audit.java.template");
        files.put("src/main/resources/META-INF/services/io.fusionize.api.ApplicationProvider", "services.template");
        files.put(test + names.className() + "Tests.java", "Tests.java.template");
        return files;
    }

    private Map<String, String> values() {
        Map<String, String> values = new HashMap<>(Templates.versions());
        values.put("name", names.name());
        values.put("package", names.javaPackage());
        values.put("packagePath", names.packagePath());
        values.put("className", names.className());
        values.put("groupId", names.groupId());
        return values;
    }

    private static void requireEmpty(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is a file; give a new directory with --dir");
        }
        try (var entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(directory + " is not empty; nothing was written");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
    }

    private static void write(Path target, String content) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
