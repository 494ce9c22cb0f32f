package io.fusionize.platform.internal.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.protocol.json.ProtocolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Persists function records as one JSON file each, replaced atomically on every change. */
final class FunctionStore {

    private static final String SUFFIX = ".json";

    private final Path directory;
    private final ObjectMapper mapper = ProtocolJson.omittingNulls();

    FunctionStore(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    List<FunctionRecord> loadAll() {
        List<FunctionRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                records.add(mapper.readValue(file.toFile(), FunctionRecord.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the function records in " + directory, e);
        }
        return records;
    }

    void save(FunctionRecord record) {
        Path target = fileOf(record.name());
        Path temporary = target.resolveSibling(record.name() + SUFFIX + ".tmp");
        try {
            mapper.writeValue(temporary.toFile(), record);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save function " + record.name(), e);
        }
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(fileOf(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete function " + name, e);
        }
    }

    private Path fileOf(String name) {
        return directory.resolve(name + SUFFIX);
    }
}
