package io.fusionize.deploy.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.core.wire.WireCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores a loop's state as {@code STATE/loop-APP.json}, replacing the file atomically so that a
 * kill at any moment leaves either the old or the new state.
 */
public final class LoopStateFile {

    private final Path file;

    /**
     * @param stateDirectory the loop's state directory
     * @param application the application's name
     */
    public LoopStateFile(Path stateDirectory, String application) {
        this.file = stateDirectory.resolve("loop-" + application + ".json");
    }

    /** @return the file */
    public Path path() {
        return file;
    }

    /**
     * @return the stored state, if the file exists
     * @throws IllegalStateException when the file cannot be read
     */
    public Optional<LoopState> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromJson(WireCodec.mapper().readTree(file.toFile())));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the loop state " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param state the state to store
     */
    public void write(LoopState state) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, WireCodec.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(toJson(state)));
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the loop state " + file, e);
        }
    }

    private static ObjectNode toJson(LoopState state) throws IOException {
        ObjectNode root = WireCodec.mapper().createObjectNode()
                .put("application", state.application())
                .put("round", state.round())
                .put("currentVersion", state.currentVersion())
                .put("converged", state.converged())
                .put("convergedReason", state.convergedReason());
        ArrayNode entries = root.putArray("entries");
        for (LoopEntry entry : state.entries()) {
            entries.addObject()
                    .put("decision", entry.decision())
                    .put("bad", entry.bad())
                    .put("badReason", entry.badReason())
                    .set("setup", WireCodec.mapper().readTree(SetupJson.write(entry.setup())));
        }
        return root;
    }

    private static LoopState fromJson(JsonNode root) {
        List<LoopEntry> entries = new ArrayList<>();
        for (JsonNode entry : root.path("entries")) {
            entries.add(new LoopEntry(SetupJson.parse(entry.get("setup").toString()),
                    entry.path("decision").asText(), entry.path("bad").asBoolean(),
                    textOrNull(entry.get("badReason"))));
        }
        return new LoopState(root.get("application").asText(), root.path("round").asInt(),
                root.path("currentVersion").asInt(), entries, root.path("converged").asBoolean(),
                textOrNull(root.get("convergedReason")));
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
