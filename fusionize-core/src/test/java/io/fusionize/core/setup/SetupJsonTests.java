package io.fusionize.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SetupJsonTests {

    private static final Setup MIXED = new Setup("iot", 3, List.of(
            new FunctionSpec("I", 512, Set.of("CW"), Set.of()),
            new FunctionSpec("CA", 1024, Set.of("DJ"), Set.of("AS")),
            new FunctionSpec("AS", 128, Set.of(), Set.of())));

    @Test
    void writesTheDocumentedShape() {
        String json = SetupJson.write(MIXED);

        assertThat(json.replaceAll("\\s", "")).startsWith(
                "{\"application\":\"iot\",\"version\":3,\"functions\":[{\"entry\":\"I\",\"memoryMb\":512,"
                        + "\"inlineSync\":[\"CW\"],\"inlineAsync\":[]}");
    }

    @Test
    void parsesWhatItWrites() {
        assertThat(SetupJson.parse(SetupJson.write(MIXED))).isEqualTo(MIXED);
    }

    @Test
    void keepsTheOrderOfInlineSets() {
        Setup parsed = SetupJson.parse("{\"application\":\"iot\",\"functions\":[{\"entry\":\"I\",\"memoryMb\":512,"
                + "\"inlineSync\":[\"SE\",\"CW\",\"CA\",\"CS\"]}]}");

        assertThat(parsed.functions().get(0).inlineSync()).containsExactly("SE", "CW", "CA", "CS");
    }

    @Test
    void defaultsVersionAndInlineSets() {
        Setup parsed = SetupJson.parse("{\"application\":\"iot\",\"functions\":[{\"entry\":\"I\",\"memoryMb\":512}]}");

        assertThat(parsed.version()).isEqualTo(1);
        assertThat(parsed.functions().get(0).inlineSync()).isEmpty();
        assertThat(parsed.functions().get(0).inlineAsync()).isEmpty();
    }

    @Test
    void namesLineAndColumnOfMalformedJson() {
        String json = "{\n  \"application\": \"iot\",\n  \"functions\": [ }\n}";

        assertThatThrownBy(() -> SetupJson.parse(json))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageStartingWith("malformed setup JSON at line 3, column 18")
                .satisfies(e -> {
                    assertThat(((SetupFormatException) e).line()).isEqualTo(3);
                    assertThat(((SetupFormatException) e).column()).isEqualTo(18);
                });
    }

    @Test
    void namesAMissingRequiredField() {
        assertThatThrownBy(() -> SetupJson.parse("{\"application\":\"iot\",\"functions\":[{\"entry\":\"I\"}]}"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("memoryMb");
    }

    @Test
    void refusesUnknownFieldsWithTheirPath() {
        assertThatThrownBy(() -> SetupJson.parse(
                "{\"application\":\"iot\",\"functions\":[{\"entry\":\"I\",\"memoryMb\":512,\"inline\":[]}]}"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageContaining("(functions[0].inline)")
                .hasMessageContaining("unknown field 'inline'");
    }

    @Test
    void refusesANullEntry() {
        assertThatThrownBy(() -> SetupJson.parse(
                "{\"application\":\"iot\",\"functions\":[{\"entry\":null,\"memoryMb\":512}]}"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageContaining("'entry' must not be null");
    }

    @Test
    void refusesAWronglyTypedMemorySize() {
        assertThatThrownBy(() -> SetupJson.parse(
                "{\"application\":\"iot\",\"functions\":[{\"entry\":\"I\",\"memoryMb\":\"big\"}]}"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageContaining("functions[0].memoryMb");
    }

    @Test
    void refusesMemoryGivenAsAString() {
        assertThatThrownBy(() -> SetupJson.parse(
                "{\"application\":\"iot\",\"functions\":[{\"memoryMb\":\"512\",\"entry\":\"CA\"}]}"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageContaining("(functions[0].memoryMb)")
                .hasMessageEndingWith("function CA: memoryMb must be a whole number of MB, not the string \"512\"");
    }

    @Test
    void refusesAFractionalMemorySize() {
        assertThatThrownBy(() -> SetupJson.parse(
                "{\"application\":\"iot\",\"functions\":[{\"entry\":\"I\",\"memoryMb\":512.9}]}"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageEndingWith("function I: memoryMb must be a whole number of MB, not 512.9");
    }

    @Test
    void refusesAVersionGivenAsAString() {
        assertThatThrownBy(() -> SetupJson.parse(
                "{\"application\":\"iot\",\"version\":\"2\",\"functions\":[{\"entry\":\"I\",\"memoryMb\":512}]}"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageEndingWith("(version): version must be a whole number, not the string \"2\"");
    }

    @Test
    void refusesAnEmptyDocument() {
        assertThatThrownBy(() -> SetupJson.parse("  "))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void namesAFileThatIsNotUtf8(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("latin1.json");
        byte[] prefix = "{\"application\":\"iot\",\n\"functions\":[{\"entry\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(prefix, prefix.length + 1);
        bytes[prefix.length] = (byte) 0xE9; // 'é' in ISO-8859-1, a lone lead byte in UTF-8
        Files.write(file, bytes);

        assertThatThrownBy(() -> SetupJson.read(file))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup file " + file + " is not valid UTF-8: invalid byte 0xE9 at line 2, column 24 "
                        + "(byte offset " + prefix.length + "); save it as UTF-8")
                .satisfies(e -> assertThat(((SetupFormatException) e).line()).isEqualTo(2));
    }

    @Test
    void readsAFile(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("setup.json");
        Files.writeString(file, SetupJson.write(MIXED));

        assertThat(SetupJson.read(file)).isEqualTo(MIXED);
    }
}
