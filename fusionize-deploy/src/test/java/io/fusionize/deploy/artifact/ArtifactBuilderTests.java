package io.fusionize.deploy.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.deploy.fixture.GreetingApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ArtifactBuilderTests {

    private static final String FIXTURE = "io/fusionize/deploy/fixture/";

    private static ApplicationCode code;

    @TempDir
    Path cache;

    @BeforeAll
    static void findApplication() {
        code = ApplicationCode.find(GreetingApplication.NAME);
    }

    @Test
    void remoteFunctionKeepsOtherTasksClassesButNotTheHelpersOnlyTheirBodiesUse() {
        Setup setup = SetupGenerators.allRemote(code.application());
        FunctionArtifact greet = build(setup, "Greet");

        assertThat(greet.functionName()).isEqualTo("greeting-Greet");
        assertThat(greet.tasks()).containsExactly("Greet");
        assertThat(greet.applicationClasses()).contains(FIXTURE + "GreetingApplication",
                FIXTURE + "GreetTask", FIXTURE + "ShoutTask", FIXTURE + "NoteTask", FIXTURE + "Greeting");
        assertThat(greet.omittedClasses()).contains(FIXTURE + "Megaphone", FIXTURE + "Journal");
    }

    @Test
    void inlinedTaskBringsItsHelpers() {
        Setup setup = new Setup(GreetingApplication.NAME, 2, List.of(
                new FunctionSpec("Greet", 256, Set.of("Shout"), Set.of()),
                new FunctionSpec("Note", 256, Set.of(), Set.of())));
        FunctionArtifact greet = build(setup, "Greet");

        assertThat(greet.tasks()).containsExactlyInAnyOrder("Greet", "Shout");
        assertThat(greet.applicationClasses()).contains(FIXTURE + "Megaphone");
        assertThat(greet.omittedClasses()).contains(FIXTURE + "Journal");
    }

    @Test
    void packageHasLambdaJavaLayoutWithSetupAndOnlyThisApplicationsProvider() throws IOException {
        Setup setup = SetupGenerators.allRemote(code.application()).withVersion(7);
        FunctionArtifact note = build(setup, "Note");

        try (ZipFile zip = new ZipFile(note.zip().toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).contains(FIXTURE + "NoteTask.class", FIXTURE + "Journal.class",
                    "fusionize-setup.json", ApplicationCode.PROVIDER_SERVICE_FILE);
            assertThat(names).noneMatch(name -> name.contains("ArtifactBuilderTests"));
            assertThat(names).anyMatch(name -> name.startsWith("lib/fusionize-api"));
            assertThat(read(zip, ApplicationCode.PROVIDER_SERVICE_FILE))
                    .isEqualTo(GreetingApplication.class.getName() + "\n");
            assertThat(SetupJson.parse(read(zip, "fusionize-setup.json"))).isEqualTo(setup);
        }
        assertThat(note.libraries()).anyMatch(name -> name.startsWith("fusionize-api"));
        assertThat(note.zipBytes()).isPositive();
        assertThat(note.uncompressedBytes()).isGreaterThanOrEqualTo(note.zipBytes() / 2);
    }

    @Test
    void librariesAreTheRuntimeAndWhatTheApplicationReachesNothingElse() {
        Setup setup = SetupGenerators.allRemote(code.application());
        FunctionArtifact greet = build(setup, "Greet");

        assertThat(greet.libraries()).anyMatch(name -> name.startsWith("fusionize-core"))
                .anyMatch(name -> name.startsWith("fusionize-api"))
                .anyMatch(name -> name.startsWith("jackson-databind"))
                .anyMatch(name -> name.startsWith("jackson-core"))
                .anyMatch(name -> name.startsWith("aws-lambda-java-core"))
                .noneMatch(name -> name.startsWith("javalin") || name.startsWith("jetty")
                        || name.startsWith("sqlite") || name.startsWith("fusionize-platform")
                        || name.startsWith("fusionize-deploy") || name.startsWith("junit"));
    }

    @Test
    void identicalContentIsStoredOnceAndReused() {
        Setup setup = SetupGenerators.allRemote(code.application());
        FunctionArtifact first = build(setup, "Shout");
        FunctionArtifact second = build(setup, "Shout");
        FunctionArtifact otherVersion = build(setup.withVersion(setup.version() + 1), "Shout");

        assertThat(first.reused()).isFalse();
        assertThat(second.reused()).isTrue();
        assertThat(second.digest()).isEqualTo(first.digest());
        assertThat(second.zip()).isEqualTo(first.zip());
        assertThat(otherVersion.digest()).isNotEqualTo(first.digest());
    }

    @Test
    void retainOnlyDeletesPackagesNoLongerInUse() {
        Setup setup = SetupGenerators.allRemote(code.application());
        FunctionArtifact kept = build(setup, "Shout");
        FunctionArtifact dropped = build(setup, "Note");

        new ArtifactBuilder(cache).retainOnly(Set.of(kept.zip()));

        assertThat(kept.zip()).exists();
        assertThat(dropped.zip()).doesNotExist();
    }

    private FunctionArtifact build(Setup setup, String entry) {
        return new ArtifactBuilder(cache).build(code, setup, setup.function(entry).orElseThrow());
    }

    private static String read(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
