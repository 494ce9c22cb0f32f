package io.fusionize.core.setup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.fusionize.protocol.json.ProtocolJson;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes the setup document:
 * {@code {"application","version","functions":[{"entry","memoryMb","inlineSync","inlineAsync"}]}}.
 *
 * <p>{@code version} defaults to 1 and the inline sets default to empty; every other field is
 * required, and unknown fields are refused so that typos do not pass silently. Numbers must be
 * written as whole JSON numbers: {@code "512"} and {@code 512.9} are refused, not converted.
 */
public final class SetupJson {

    // stricter than the wire's mapper: a setup is written by hand, so unknown fields are typos
    private static final ObjectMapper MAPPER = ProtocolJson.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SetupJson() {
    }

    /**
     * @param json a setup document
     * @return the setup it describes
     * @throws SetupFormatException when the document is malformed or misses a field; the message
     *     names the line and column
     */
    public static Setup parse(String json) {
        Objects.requireNonNull(json, "setup JSON must not be null");
        if (json.isBlank()) {
            throw new SetupFormatException("malformed setup JSON: the document is empty", 1, 1);
        }
        try {
            return MAPPER.readValue(json, SetupDocument.class).toSetup();
        } catch (JsonProcessingException e) {
            throw formatError(e);
        }
    }

    /**
     * @param file a file holding a setup document
     * @return the setup it describes
     * @throws SetupFormatException when the file is not UTF-8 or the document is malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Setup read(Path file) {
        return parse(SetupFiles.readUtf8(file));
    }

    /**
     * @param setup a setup
     * @return its document, indented, with the fields in the documented order
     */
    public static String write(Setup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        try {
            return MAPPER.writeValueAsString(SetupDocument.of(setup));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write setup " + setup, e);
        }
    }

    private static SetupFormatException formatError(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        return new SetupFormatException(
                "malformed setup JSON" + where + fieldPath(e) + ": " + describe(e), line, column);
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; expected one of "
                    + unknown.getKnownPropertyIds();
        }
        if (e instanceof ValueInstantiationException failed && failed.getCause() != null) {
            return failed.getCause().getMessage();
        }
        String message = e.getOriginalMessage();
        // Jackson appends hints about its own configuration that mean nothing to a user.
        int hint = message.indexOf(" (through reference chain");
        return (hint < 0 ? message : message.substring(0, hint)).replace("\n", " ");
    }

    private static String fieldPath(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        if (e.getCause() instanceof SetupFieldException refused) {
            path.append(path.length() == 0 ? "" : ".").append(refused.field());
        }
        return path.length() == 0 ? "" : " (" + path + ")";
    }

    /**
     * The document as bound by Jackson; kept apart from {@link Setup} so its rules stay here.
     * Numbers are bound as nodes, so that they are read as written rather than converted.
     */
    private record SetupDocument(
            @JsonProperty(value = "application", required = true) String application,
            @JsonProperty("version") JsonNode version,
            @JsonProperty(value = "functions", required = true) List<FunctionDocument> functions) {

        SetupDocument {
            requireField(application, "application");
            requireField(functions, "functions");
            functions.forEach(function -> requireField(function, "functions[]"));
            versionOf(version);
        }

        static SetupDocument of(Setup setup) {
            return new SetupDocument(setup.application(), IntNode.valueOf(setup.version()),
                    setup.functions().stream().map(FunctionDocument::of).collect(Collectors.toList()));
        }

        Setup toSetup() {
            return new Setup(application, versionOf(version),
                    functions.stream().map(FunctionDocument::toSpec).collect(Collectors.toList()));
        }

        private static int versionOf(JsonNode version) {
            return version == null || version.isNull() ? 1
                    : SetupFieldException.wholeNumber(version, "version", "", "");
        }
    }

    /**
     * One function of the document; lists, not sets, so that Jackson keeps their order. The memory
     * size is bound as a node, so that a refusal can name the function it belongs to.
     */
    private record FunctionDocument(
            @JsonProperty(value = "entry", required = true) String entry,
            @JsonProperty(value = "memoryMb", required = true) JsonNode memoryMb,
            @JsonProperty("inlineSync") List<String> inlineSync,
            @JsonProperty("inlineAsync") List<String> inlineAsync) {

        FunctionDocument {
            requireField(entry, "entry");
            megabytes(entry, memoryMb);
            requireTasks(inlineSync, "inlineSync");
            requireTasks(inlineAsync, "inlineAsync");
        }

        static FunctionDocument of(FunctionSpec spec) {
            return new FunctionDocument(spec.entry(), IntNode.valueOf(spec.memoryMb()),
                    List.copyOf(spec.inlineSync()), List.copyOf(spec.inlineAsync()));
        }

        FunctionSpec toSpec() {
            return new FunctionSpec(entry, megabytes(entry, memoryMb), ordered(inlineSync), ordered(inlineAsync));
        }

        private static int megabytes(String entry, JsonNode memoryMb) {
            // Jackson checks presence first; a null node means an explicit null here
            return SetupFieldException.wholeNumber(memoryMb == null ? NullNode.getInstance() : memoryMb, "memoryMb",
                    "function " + entry + ": ", " of MB");
        }

        private static Set<String> ordered(List<String> tasks) {
            return tasks == null ? Set.of() : new LinkedHashSet<>(tasks);
        }

        private static void requireTasks(List<String> tasks, String field) {
            if (tasks != null && tasks.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("'" + field + "' must not contain null");
            }
        }
    }

    private static void requireField(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' must not be null");
        }
    }
}
