package io.fusionize.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.StateLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token file is missing or complete, whatever happened to the start that wrote it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TokenStoreTests {

    // what a write cut short by a full disk leaves: some of the bytes, then the error
    private static final TokenWriter FULL_DISK = (file, bytes) -> {
        Files.write(file, new byte[] {bytes[0], bytes[1]});
        throw new IOException("No space left on device");
    };

    @TempDir
    Path stateDir;

    private final List<String> notices = new CopyOnWriteArrayList<>();

    @Test
    void aFirstStartOnAFullDiskLeavesNoTokenFileAndTheNextStartWorks() throws IOException {
        assertThatThrownBy(() -> new TokenStore(FULL_DISK, notices::add).load(stateDir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(tokenFile().toString())
                .hasMessageContaining("No space left on device");
        assertThat(filesIn(stateDir)).isEmpty();

        String token = TokenStore.loadOrCreate(stateDir);

        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(Files.readString(tokenFile())).isEqualTo(token + "\n");
        assertThat(filesIn(stateDir)).containsExactly(tokenFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "3f2a9c"})
    void anEmptyOrCutShortTokenFileFromAnOlderRunIsReplacedWithANotice(String leftOver) throws IOException {
        Files.writeString(tokenFile(), leftOver);

        String token = new TokenStore(TokenWriter.SYNCED, notices::add).load(stateDir);

        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(Files.readString(tokenFile())).isEqualTo(token + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile()))).isEqualTo("rw-------");
        assertThat(notices).singleElement().asString().contains(tokenFile().toString()).contains("replaced");
    }

    @Test
    void aCompleteTokenIsKeptAcrossStarts() {
        String first = TokenStore.loadOrCreate(stateDir);

        assertThat(new TokenStore(FULL_DISK, notices::add).load(stateDir)).isEqualTo(first);
        assertThat(notices).isEmpty();
    }

    @Test
    void anUnreadableTokenFileNamesTheFileAndTheCause() throws IOException {
        Files.createDirectory(tokenFile());

        assertThatThrownBy(() -> TokenStore.loadOrCreate(stateDir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(tokenFile().toString())
                .hasMessageContaining("IOException");
    }

    private Path tokenFile() {
        return StateLayout.tokenFile(stateDir);
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
