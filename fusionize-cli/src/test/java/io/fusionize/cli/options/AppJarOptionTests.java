package io.fusionize.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliRun;
import io.fusionize.cli.Fusionize;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar given with {@code --app-jar} that cannot be used gets one line: which file, what is wrong. */
class AppJarOptionTests {

    @TempDir
    Path dir;

    @Test
    void aMissingJarIsNamed() {
        Path jar = dir.resolve("target/missing.jar");
        CliRun run = CliRun.of("setup", "generate", "--app-jar", jar.toString(), "--app", "x", "--all-remote");

        assertThat(run.exitCode()).isEqualTo(Fusionize.EXIT_USER_ERROR);
        assertThat(run.err().strip()).contains(jar.toString()).contains("no such file").doesNotContain("\n");
    }

    @Test
    void aFileThatIsNotAJarIsNamed() throws IOException {
        Path jar = Files.write(dir.resolve("broken.jar"), new byte[] {1, 2, 3, 4, 5});
        CliRun run = CliRun.of("setup", "generate", "--app-jar", jar.toString(), "--app", "x", "--all-remote");

        assertThat(run.exitCode()).isEqualTo(Fusionize.EXIT_USER_ERROR);
        assertThat(run.err().strip()).contains(jar.toString()).contains("not a jar file").doesNotContain("\n");
    }

    @Test
    void aJarWithoutAProviderSaysSo() throws IOException {
        Path jar = jarWith("plain.jar", "readme.txt", "no classes");
        CliRun run = CliRun.of("setup", "generate", "--app-jar", jar.toString(), "--app", "x", "--all-remote");

        assertThat(run.exitCode()).isEqualTo(Fusionize.EXIT_USER_ERROR);
        assertThat(run.err().strip()).contains(jar.toString()).contains("no application provider")
                .doesNotContain("\n");
    }

    @Test
    void aProviderThatCannotLoadIsNamed() throws IOException {
        Path jar = jarWith("dangling.jar", "META-INF/services/io.fusionize.api.ApplicationProvider", "com.example.Gone\n");
        CliRun run = CliRun.of("setup", "generate", "--app-jar", jar.toString(), "--app", "x", "--all-remote");

        assertThat(run.exitCode()).isEqualTo(Fusionize.EXIT_USER_ERROR);
        assertThat(run.err().strip()).contains("com.example.Gone").doesNotContain("\n");
    }

    private Path jarWith(String name, String entry, String content) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
