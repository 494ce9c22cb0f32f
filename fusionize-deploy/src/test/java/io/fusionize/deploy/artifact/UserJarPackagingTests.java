package io.fusionize.deploy.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.app.ApplicationClassPath;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.fixture.UserApplicationJar;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An application from a jar outside the tool's class path packages like a built-in one, alone. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UserJarPackagingTests {

    @TempDir
    Path work;

    @Test
    void functionPackagesHoldTheUsersClassesAndOnlyTheUsersProvider() throws IOException {
        Path jar = UserApplicationJar.build(work.resolve("build"));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = ApplicationClassPath.of(List.of(jar)).newLoader(previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            // The built-in examples are visible too: the package must still list only the user's provider.
            assertThat(Applications.all(loader)).containsKeys(UserApplicationJar.NAME, "iot", "tree");
            ApplicationCode code = ApplicationCode.find(UserApplicationJar.NAME);
            assertThat(code.source().location()).isEqualTo(jar.toAbsolutePath());

            List<FunctionArtifact> artifacts = new ArtifactBuilder(work.resolve("cache"), loader)
                    .buildAll(code, SetupGenerators.allRemote(code.application()));

            assertThat(artifacts).hasSize(2);
            for (FunctionArtifact artifact : artifacts) {
                assertPackageHoldsOnlyTheUserApplication(artifact);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void assertPackageHoldsOnlyTheUserApplication(FunctionArtifact artifact) throws IOException {
        try (ZipFile zip = new ZipFile(artifact.zip().toFile())) {
            String providers = new String(zip.getInputStream(zip.getEntry(ApplicationCode.PROVIDER_SERVICE_FILE))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(providers.strip()).isEqualTo("com.example.userapp.UserProvider");
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("com/example/userapp/UserProvider.class", "com/example/userapp/Hello.class");
            assertThat(names).noneMatch(n -> n.startsWith("io/fusionize/examples/"));
            assertThat(names).noneMatch(n -> n.startsWith("lib/fusionize-examples"));
            assertThat(names).anyMatch(n -> n.startsWith("lib/fusionize-core"));
        }
    }
}
