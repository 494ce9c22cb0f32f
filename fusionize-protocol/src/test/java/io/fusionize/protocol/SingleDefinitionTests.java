package io.fusionize.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.billing.Architecture;
import io.fusionize.protocol.fusion.FusionEnvironment;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.RuntimeApi;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.fusionize.protocol.telemetry.LogLines;
import io.fusionize.protocol.telemetry.TelemetryItem;
import io.fusionize.protocol.telemetry.TelemetryPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every wire type, wire constant, price and naming rule is defined in this module and nowhere
 * else: scans the main sources of every other module of the build for a second definition.
 */
@Timeout(60)
class SingleDefinitionTests {

    /** Constant classes whose values no other module may spell out again. */
    private static final List<Class<?>> CONSTANT_CLASSES = List.of(LambdaApi.class, LambdaErrors.class,
            RuntimeApi.class, FusionEnvironment.class, LogLines.class, TelemetryPage.class, TelemetryItem.class,
            InvocationReport.class);
    /** Values too common in HTTP and prose to count as a second definition. */
    private static final Set<String> COMMON_VALUES = Set.of("application/json", "Content-Type", "Authorization");
    /** Shortest value checked: shorter ones ("log", "Event") are ordinary words. */
    private static final int SHORTEST_CHECKED_VALUE = 8;
    /** Names of wire types, and of the copies they replaced, that only this module may declare. */
    private static final Set<String> WIRE_TYPE_NAMES = Set.of("InvocationRecord", "CallRecord", "TaskTiming",
            "TaskExecution", "InvocationReport", "PlatformReport", "PriceTable", "LambdaErrorBody", "ErrorBody",
            "FunctionErrorBody", "FunctionError", "TelemetryItem", "TelemetryPage", "FusionHeader", "TaskError",
            "WireConstants", "PlatformConstants", "RuntimeApiConstants", "WireJson", "LambdaApi", "RuntimeApi",
            "LambdaErrors", "LambdaLimits", "FunctionNaming", "ProtocolJson", "LogLines");
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");
    /** The function naming rule spelled out: an application name joined to a task with "-". */
    private static final Pattern NAMING_RULE = Pattern.compile("(?i)\\b(?:app|application)\\w*(?:\\(\\))?\\s*\\+\\s*\"-\"");
    /** A JSON mapper configured on its own instead of through the one factory. */
    private static final Pattern OWN_MAPPER = Pattern.compile("new ObjectMapper\\(|JsonMapper\\.builder\\(");
    /** A string that starts with a Lambda API date: a Lambda path spelled out (prose in help texts may name one). */
    private static final Pattern API_DATE = Pattern.compile("\"/20(?:15-03-31|17-10-31|18-06-01|19-09-30)");

    private static List<Path> sources;

    @BeforeAll
    static void findOtherModulesSources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.filter(dir -> dir.getFileName().toString().startsWith("fusionize-"))
                    .filter(dir -> !dir.getFileName().toString().equals("fusionize-protocol"))
                    .map(dir -> dir.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .flatMap(SingleDefinitionTests::javaFiles)
                    .toList();
        }
        assertThat(sources).as("main sources of the other modules").hasSizeGreaterThan(100);
    }

    @Test
    void noOtherModuleDeclaresAWireType() {
        Set<String> found = new TreeSet<>();
        for (Path file : sources) {
            Matcher matcher = TYPE_DECLARATION.matcher(code(file));
            while (matcher.find()) {
                if (WIRE_TYPE_NAMES.contains(matcher.group(1))) {
                    found.add(name(file) + " declares " + matcher.group(1));
                }
            }
        }
        assertThat(found).as("wire types declared outside fusionize-protocol").isEmpty();
    }

    @Test
    void noOtherModuleSpellsOutAWireConstant() {
        Set<String> found = new TreeSet<>();
        for (String value : checkedConstantValues()) {
            String literal = "\"" + escaped(value) + "\"";
            for (Path file : sources) {
                if (code(file).contains(literal)) {
                    found.add(name(file) + " spells out " + literal);
                }
            }
        }
        assertThat(found).as("wire constants defined again outside fusionize-protocol").isEmpty();
    }

    @Test
    void noOtherModuleSpellsOutALambdaPath() {
        assertThat(matching(API_DATE)).as("Lambda API paths outside fusionize-protocol").isEmpty();
    }

    @Test
    void noOtherModuleSpellsOutAPrice() {
        Set<String> found = new TreeSet<>();
        for (String price : pricesAsWritten()) {
            for (Path file : sources) {
                if (code(file).contains(price)) {
                    found.add(name(file) + " spells out the price " + price);
                }
            }
        }
        assertThat(found).as("prices outside fusionize-protocol").isEmpty();
    }

    /** The protocol's per-GB-second prices as source code would spell them, plain and scientific. */
    private static List<String> pricesAsWritten() {
        List<String> written = new ArrayList<>();
        for (double price : List.of(Architecture.X86_64.usdPerGbSecond(), Architecture.ARM64.usdPerGbSecond())) {
            written.add(java.math.BigDecimal.valueOf(price).toPlainString());
            written.add(Double.toString(price));
        }
        return written;
    }

    @Test
    void noOtherModuleSpellsOutTheNamingRule() {
        assertThat(matching(NAMING_RULE)).as("APP-ENTRY naming outside fusionize-protocol").isEmpty();
    }

    @Test
    void noOtherModuleConfiguresItsOwnJsonMapper() {
        assertThat(matching(OWN_MAPPER)).as("JSON mappers configured outside ProtocolJson").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        String planted = "class WireJson { String p = \"/2015-03-31/functions\"; String n = app + \"-\" + entry; }";
        assertThat(TYPE_DECLARATION.matcher(planted).find()).isTrue();
        assertThat(API_DATE.matcher(planted).find()).isTrue();
        assertThat(NAMING_RULE.matcher(planted).find()).isTrue();
        assertThat(pricesAsWritten()).contains("0.0000166667", "1.66667E-5", "0.0000133334");
        assertThat(checkedConstantValues()).contains(LambdaApi.HEADER_INVOCATION_TYPE, LambdaErrors.TIMEOUT,
                LogLines.RECORD_PREFIX, RuntimeApi.HEADER_REQUEST_ID, FusionEnvironment.ENV_INVOKE_URL);
    }

    private static Set<String> matching(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        for (Path file : sources) {
            Matcher matcher = pattern.matcher(code(file));
            while (matcher.find()) {
                found.add(name(file) + ": " + matcher.group());
            }
        }
        return found;
    }

    private static Set<String> checkedConstantValues() {
        Set<String> values = new TreeSet<>();
        for (Class<?> type : CONSTANT_CLASSES) {
            for (Field field : type.getFields()) {
                if (isStringConstant(field)) {
                    String value = (String) read(field);
                    if (value.length() >= SHORTEST_CHECKED_VALUE && !COMMON_VALUES.contains(value)) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    private static boolean isStringConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class;
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\u001e", "\\u001e").replace("\"", "\\\"");
    }

    /** The file without comments, so prose that names a contract does not count as a definition. */
    private static String code(Path file) {
        try {
            return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return file.getParent().getParent().getParent().getParent().relativize(file).toString();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(file -> file.toString().endsWith(".java")).toList()).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
