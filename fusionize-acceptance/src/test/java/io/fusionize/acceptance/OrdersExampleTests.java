package io.fusionize.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.acceptance.Processes.Finished;
import io.fusionize.core.app.ApplicationClassPath;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.artifact.FunctionArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orders example, a project of its own inside this repository, built by its own offline Maven
 * build against the installed library artifacts and packaged from its jar, as a user's would be.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class OrdersExampleTests {

    private static final Pattern TOTALS = Pattern.compile("gateway: (\\d+) requests answered, (\\d+) failed");

    @TempDir
    static Path work;

    private static Path project;

    @BeforeAll
    static void buildTheProject() throws Exception {
        project = work.resolve("orders");
        copy(Path.of(System.getProperty("fusionize.repository", "..")).resolve("examples/orders"), project);
        Finished build = Processes.maven(project, Duration.ofMinutes(10), "-q", "verify");
        assertThat(build.exitCode()).as(build.output()).isZero();
    }

    @Test
    void everyFunctionPackageHoldsTheOrdersClassesAndExactlyOneProvider() throws Exception {
        Path jar = project.resolve("target/orders.jar");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = ApplicationClassPath.of(List.of(jar)).newLoader(previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            ApplicationCode code = ApplicationCode.find("orders");
            assertThat(code.application().tasks()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(code.application().entryTasks()).hasSizeGreaterThanOrEqualTo(3);
            ArtifactBuilder builder = new ArtifactBuilder(work.resolve("artifacts"), loader);
            List<FunctionArtifact> artifacts = new ArrayList<>();
            for (Setup setup : List.of(SetupGenerators.allRemote(code.application()),
                    SetupGenerators.allLocal(code.application()), SetupGenerators.random(code.application(), 3))) {
                artifacts.addAll(builder.buildAll(code, setup));
            }
            assertThat(artifacts).hasSizeGreaterThan(18);
            for (FunctionArtifact artifact : artifacts) {
                assertOneProviderAndTheStorageLibrary(artifact);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    @Tag("slow")
    void runsOnTheLocalPlatformThroughItsJarWithNoFailedRequest() throws Exception {
        Finished run = Processes.fusionize(project, Duration.ofMinutes(20), "run", "--app-jar", "target/orders.jar",
                "--app", "orders", "--load", "2", "--round-requests", "60", "--max-rounds", "4");

        assertThat(run.exitCode()).as(run.output()).isZero();
        Matcher totals = TOTALS.matcher(run.output());
        assertThat(totals.find()).as(run.output()).isTrue();
        assertThat(Long.parseLong(totals.group(2))).as(run.output()).isZero();
        assertThat(run.output()).contains("per entry: browse", "checkout", "track");
    }

    private static void assertOneProviderAndTheStorageLibrary(FunctionArtifact artifact) throws IOException {
        try (ZipFile zip = new ZipFile(artifact.zip().toFile())) {
            String providers = new String(zip.getInputStream(zip.getEntry(ApplicationCode.PROVIDER_SERVICE_FILE))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(providers.lines().filter(line -> !line.isBlank())).as(artifact.functionName())
                    .containsExactly("com.example.orders.OrdersProvider");
            List<String> names = zip.stream().map(entry -> entry.getName()).toList();
            assertThat(names).as(artifact.functionName()).contains("com/example/orders/OrdersProvider.class")
                    .noneMatch(name -> name.startsWith("io/fusionize/examples/"))
                    .noneMatch(name -> name.startsWith("lib/fusionize-examples"))
                    .anyMatch(name -> name.startsWith("lib/fusionize-storage"));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(path -> !from.relativize(path).startsWith("target")).forEach(path -> {
                try {
                    Files.copy(path, to.resolve(from.relativize(path).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
