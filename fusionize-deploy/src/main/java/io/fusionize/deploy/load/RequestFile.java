package io.fusionize.deploy.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.api.Application;
import io.fusionize.api.RequestMix;
import io.fusionize.protocol.json.ProtocolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads requests from JSON Lines: one JSON object per line,
 * {@code {"payload": <any JSON>, "entry": "NAME", "weight": 2.5}}, where {@code entry} defaults to
 * the application's first entry task and {@code weight} (how often the line's request is drawn,
 * relative to the others) to 1. Blank lines and lines starting with {@code #} are skipped.
 *
 * <pre>
 * # 3 of 4 requests read, 1 writes
 * {"payload": {"item": 7}, "entry": "read", "weight": 3}
 * {"payload": {"item": 7, "qty": 1}, "entry": "write"}
 * </pre>
 */
public final class RequestFile {

    private static final ObjectMapper JSON = ProtocolJson.mapper();
    private static final Set<String> FIELDS = Set.of("payload", "entry", "weight");

    private RequestFile() {
    }

    /**
     * @param file a JSONL file of requests
     * @param application the application the requests go to
     * @return a mix of the file's requests
     * @throws RequestFileException naming the file and line of the first bad line
     * @throws UncheckedIOException when the file cannot be read
     */
    public static RequestMix read(Path file, Application application) {
        Objects.requireNonNull(file, "file must not be null");
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), application);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request file " + file + " (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /**
     * @param source names the text in error messages, e.g. its file
     * @param text the JSONL text
     * @param application the application the requests go to
     * @return a mix of the text's requests
     * @throws RequestFileException naming the source and line of the first bad line
     */
    public static RequestMix parse(String source, String text, Application application) {
        Objects.requireNonNull(application, "application must not be null");
        RequestMix.Builder mix = RequestMix.builder();
        List<String> lines = text.lines().toList();
        int requests = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                new Line(source, i + 1, application).addTo(mix, object(source, i + 1, line));
                requests++;
            }
        }
        if (requests == 0) {
            throw new RequestFileException(source, Math.max(1, lines.size()), "no requests; every line is blank or"
                    + " a comment");
        }
        return mix.build();
    }

    private static JsonNode object(String source, int number, String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            JsonNode node = parser.readValueAsTree();
            if (parser.nextToken() != null) {
                throw new RequestFileException(source, number, "malformed JSON: more after the object; one request"
                        + " per line");
            }
            if (node == null || !node.isObject()) {
                throw new RequestFileException(source, number, "a line must be a JSON object with a payload, not "
                        + line);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RequestFileException(source, number, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string never fails to read
        }
    }

    /** One request line: checks its fields against the application and adds its request to the mix. */
    private record Line(String source, int number, Application application) {

        void addTo(RequestMix.Builder mix, JsonNode object) {
            object.fieldNames().forEachRemaining(this::checkKnown);
            if (!object.has("payload")) {
                throw problem("missing payload; a line is {\"payload\": <JSON>, \"entry\": \"NAME\", \"weight\": N}");
            }
            mix.add(weight(object.get("weight")), entry(object.get("entry")), ProtocolJson.write(object.get("payload")));
        }

        private void checkKnown(String field) {
            if (!FIELDS.contains(field)) {
                throw problem("unknown field '" + field + "'; a line has payload, entry and weight");
            }
        }

        private String entry(JsonNode entry) {
            if (entry == null) {
                return application.entryTasks().iterator().next();
            }
            if (!entry.isTextual()) {
                throw problem("entry must be a task name in quotes, not " + entry);
            }
            if (!application.entryTasks().contains(entry.asText())) {
                throw problem("unknown entry '" + entry.asText() + "'; " + application.name() + "'s entries: "
                        + String.join(", ", application.entryTasks()));
            }
            return entry.asText();
        }

        private double weight(JsonNode weight) {
            if (weight == null) {
                return 1;
            }
            if (!weight.isNumber() || !(weight.asDouble() > 0) || Double.isInfinite(weight.asDouble())) {
                throw problem("weight must be a positive number, not " + weight);
            }
            return weight.asDouble();
        }

        private RequestFileException problem(String what) {
            return new RequestFileException(source, number, what);
        }
    }
}
