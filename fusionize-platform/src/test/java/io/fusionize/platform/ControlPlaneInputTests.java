package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.platform.support.SdkClients;
import io.fusionize.platform.support.TestCode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvalidZipFileException;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * Control-plane input the platform cannot honour gets a clear client error, and what it takes it
 * honours: zips whose entries clash, weighted alias routing, and ListFunctions' paging, through the
 * real AWS SDK.
 */
@Timeout(120)
class ControlPlaneInputTests {

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture();
    private static final int PAGED_FUNCTIONS = 7;
    private static LambdaClient lambda;

    @BeforeAll
    static void client() {
        lambda = SdkClients.lambda(fixture.platform(), fixture.platform().token());
    }

    @AfterAll
    static void closeClient() {
        lambda.close();
    }

    @Test
    void aZipWithAFileWhereALaterEntryNeedsADirectoryIsAnInvalidZip() {
        assertInvalidZip("clash-file-dir", TestCode.zipOf("d", "d/X"), "d/X");
    }

    @Test
    void aZipWithADirectoryWhereALaterEntryIsAFileIsAnInvalidZip() {
        assertInvalidZip("clash-dir-file", TestCode.zipOf("d/", "d"), "'d'");
    }

    @Test
    void weightedAliasRoutingIsRefusedAndTheAliasIsKept() {
        lambda.createFunction(b -> b.functionName("routed").runtime(Runtime.JAVA17).role("r")
                .handler(TestCode.HANDLER).code(c -> c.zipFile(SdkBytes.fromByteArray(TestCode.zip()))));
        lambda.publishVersion(b -> b.functionName("routed"));
        lambda.createAlias(b -> b.functionName("routed").name("live").functionVersion("1"));

        assertThatThrownBy(() -> lambda.updateAlias(b -> b.functionName("routed").name("live").functionVersion("1")
                .routingConfig(r -> r.additionalVersionWeights(Map.of("2", 0.5)))))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("RoutingConfig");
                });
        assertThatThrownBy(() -> lambda.createAlias(b -> b.functionName("routed").name("canary").functionVersion("1")
                .routingConfig(r -> r.additionalVersionWeights(Map.of("2", 0.1)))))
                .isInstanceOf(InvalidParameterValueException.class);
        assertThat(lambda.getAlias(b -> b.functionName("routed").name("live")).routingConfig()).isNull();
        assertThatThrownBy(() -> lambda.getAlias(b -> b.functionName("routed").name("canary")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listFunctionsHonoursMaxItemsAndMarker() {
        List<String> names = createPagedFunctions();

        ListFunctionsResponse first = lambda.listFunctions(b -> b.maxItems(2));
        assertThat(first.functions()).hasSize(2);
        assertThat(first.nextMarker()).isNotBlank();
        ListFunctionsResponse second = lambda.listFunctions(b -> b.maxItems(2).marker(first.nextMarker()));
        assertThat(second.functions()).hasSize(2).extracting(FunctionConfiguration::functionName)
                .doesNotContainAnyElementsOf(first.functions().stream().map(FunctionConfiguration::functionName)
                        .toList());

        List<String> paged = lambda.listFunctionsPaginator(b -> b.maxItems(2)).functions().stream()
                .map(FunctionConfiguration::functionName).toList();
        assertThat(paged).containsAll(names).doesNotHaveDuplicates();
        assertThat(paged).hasSameSizeAs(lambda.listFunctions(b -> b.maxItems(50)).functions());
    }

    @Test
    void listFunctionsRefusesAMaxItemsOutOfRange() {
        assertThatThrownBy(() -> lambda.listFunctions(b -> b.maxItems(0)))
                .isInstanceOfSatisfying(InvalidParameterValueException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("MaxItems"));
    }

    private static List<String> createPagedFunctions() {
        List<String> names = IntStream.range(0, PAGED_FUNCTIONS).mapToObj(i -> "paged-" + i).toList();
        for (String name : names) {
            lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).role("r")
                    .handler(TestCode.HANDLER).code(c -> c.zipFile(SdkBytes.fromByteArray(TestCode.zip()))));
        }
        return names;
    }

    private static void assertInvalidZip(String function, byte[] zip, String named) {
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(function).runtime(Runtime.JAVA17)
                .role("r").handler(TestCode.HANDLER).code(c -> c.zipFile(SdkBytes.fromByteArray(zip)))))
                .isInstanceOfSatisfying(InvalidZipFileException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).contains(named);
                });
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName(function)))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
