package io.fusionize.platform.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.dto.CreateAliasRequest;
import io.fusionize.platform.internal.dto.CreateFunctionRequest;
import io.fusionize.platform.internal.dto.Environment;
import io.fusionize.platform.internal.dto.FunctionCode;
import io.fusionize.platform.internal.dto.FunctionConfiguration;
import io.fusionize.platform.internal.dto.PublishVersionRequest;
import io.fusionize.platform.internal.dto.UpdateAliasRequest;
import io.fusionize.platform.internal.dto.UpdateFunctionCodeRequest;
import io.fusionize.platform.internal.dto.UpdateFunctionConfigurationRequest;
import io.fusionize.platform.support.TestCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Lambda's control-plane semantics, without HTTP or processes. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ControlPlaneTests {

    @TempDir
    Path dir;
    FunctionRegistry registry;
    ControlPlane functions;
    AliasControl aliases;
    List<FunctionVersion> retired = new ArrayList<>();

    @BeforeEach
    void setUp() {
        open();
    }

    private void open() {
        registry = new FunctionRegistry(dir.resolve("functions"));
        registry.onRetired(retired::add);
        CodeStore code = new CodeStore(dir.resolve("code"));
        FunctionNames names = new FunctionNames("us-east-1");
        functions = new ControlPlane(registry, code, names);
        aliases = new AliasControl(registry, code, names);
    }

    private FunctionConfiguration create(String name, int memory) {
        return functions.create(new CreateFunctionRequest(name, null, null, TestCode.HANDLER,
                new FunctionCode(TestCode.zip(), null, null, null), null, null, memory, null,
                new Environment(Map.of("A", "1"))));
    }

    @Test
    void createAppliesLambdaDefaults() {
        FunctionConfiguration created = create("f", 256);

        assertThat(created.runtime()).isEqualTo("java17");
        assertThat(created.timeout()).isEqualTo(3);
        assertThat(created.version()).isEqualTo("$LATEST");
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:f");
        assertThat(created.environment().variables()).containsEntry("A", "1");
    }

    @Test
    void invalidConfigurationIsRefusedWithTheReason() {
        assertThatThrownBy(() -> create("f", 64)).isInstanceOf(PlatformException.class)
                .hasMessageContaining("MemorySize must be between 128 and 10240 MB, not 64");
        assertThatThrownBy(() -> functions.create(new CreateFunctionRequest("g", null, null, TestCode.HANDLER, null,
                null, null, null, null, null))).hasMessageContaining("Code must carry a ZipFile");
    }

    @Test
    void identicalCodeIsStoredOnce() throws Exception {
        FunctionConfiguration first = create("f", 256);
        FunctionConfiguration second = create("g", 256);

        assertThat(second.codeSha256()).isEqualTo(first.codeSha256());
        try (var entries = Files.list(dir.resolve("code"))) {
            assertThat(entries.filter(Files::isDirectory).count()).isEqualTo(1);
        }
    }

    @Test
    void publishedVersionsAreImmutableSnapshots() {
        create("f", 256);
        assertThat(functions.publishVersion("f", null).version()).isEqualTo("1");
        functions.updateConfiguration("f", new UpdateFunctionConfigurationRequest(null, null, 1024, null, null,
                null, null));

        assertThat(functions.getConfiguration("f", "1").memorySize()).isEqualTo(256);
        assertThat(functions.getConfiguration("f", null).memorySize()).isEqualTo(1024);
        assertThat(functions.publishVersion("f", null).version()).isEqualTo("2");
        assertThat(functions.publishVersion("f", null).version()).as("nothing changed since 2").isEqualTo("2");
    }

    @Test
    void updatesRetireTheOldLatestSnapshot() {
        FunctionConfiguration created = create("f", 256);
        functions.updateCode("f", new UpdateFunctionCodeRequest(TestCode.zipOf("Other.class"), null, null, null));

        assertThat(retired).extracting(FunctionVersion::revisionId).containsExactly(created.revisionId());
    }

    @Test
    void staleRevisionIsAPreconditionFailure() {
        create("f", 256);
        assertThatThrownBy(() -> functions.publishVersion("f", new PublishVersionRequest(null, null, "stale")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.httpStatus()).isEqualTo(412));
    }

    @Test
    void aliasesPointAtPublishedVersionsOnly() {
        create("f", 256);
        functions.publishVersion("f", null);

        assertThatThrownBy(() -> aliases.create("f", new CreateAliasRequest("v9", "9", null)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        aliases.create("f", new CreateAliasRequest("v1", "1", null));
        assertThat(registry.resolve("f", "v1").version()).isEqualTo("1");
        assertThatThrownBy(() -> functions.delete("f", "1")).hasMessageContaining("used by alias v1");
        functions.updateCode("f", new UpdateFunctionCodeRequest(TestCode.zipOf("X.class"), null, true, null));
        aliases.update("f", "v1", new UpdateAliasRequest("2", null, null));
        assertThat(registry.resolve("f", "v1").version()).isEqualTo("2");
    }

    @Test
    void stateSurvivesARestart() {
        create("f", 256);
        functions.publishVersion("f", null);
        aliases.create("f", new CreateAliasRequest("v1", "1", "first"));

        open();

        assertThat(registry.resolve("f", "v1").settings().memoryMb()).isEqualTo(256);
        assertThat(aliases.get("f", "v1").description()).isEqualTo("first");
        assertThat(functions.list().functions()).extracting(FunctionConfiguration::functionName).containsExactly("f");
    }

    @Test
    void deleteRemovesTheFunctionAndRetiresEverySnapshot() {
        create("f", 256);
        functions.publishVersion("f", null);

        functions.delete("f", null);

        assertThat(retired).hasSize(2);
        assertThatThrownBy(() -> registry.resolve("f", null)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(404));
    }
}
