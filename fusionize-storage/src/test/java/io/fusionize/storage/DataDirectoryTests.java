package io.fusionize.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DataDirectoryTests {

    @Test
    void usesTheConfiguredDirectory() {
        Map<String, String> environment = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, "/srv/data");
        assertThat(DataDirectory.resolve(environment)).isEqualTo(Path.of("/srv/data"));
    }

    @Test
    void defaultsToAFolderInTheTemporaryDirectory() {
        Path expected = Path.of(System.getProperty("java.io.tmpdir"), "fusionize-data");
        assertThat(DataDirectory.resolve(Map.of())).isEqualTo(expected);
        assertThat(DataDirectory.resolve(Map.of(DataDirectory.ENVIRONMENT_VARIABLE, " "))).isEqualTo(expected);
    }

    @Test
    void keepsOneFilePerApplication() {
        assertThat(DataDirectory.databaseFile(Path.of("/srv/data"), "iot")).isEqualTo(Path.of("/srv/data/iot.db"));
    }
}
