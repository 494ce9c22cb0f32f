package io.fusionize.platform.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.PlatformException;
import io.fusionize.platform.support.TestCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ZipExtractorTests {

    @TempDir
    Path dir;

    @Test
    void unpacksEntriesAndDirectories() throws Exception {
        ZipExtractor.extract(TestCode.zipOf("a/B.class", "lib/x.jar", "top.txt"), dir.resolve("code"));

        assertThat(dir.resolve("code/a/B.class")).hasContent("content of a/B.class");
        assertThat(dir.resolve("code/lib/x.jar")).exists();
        assertThat(Files.readString(dir.resolve("code/top.txt"))).isEqualTo("content of top.txt");
    }

    @Test
    void refusesEntriesThatEscapeTheTarget() {
        for (String evil : new String[] {"../escaped.txt", "a/../../escaped.txt", "/etc/escaped.txt", "./.."}) {
            assertThatThrownBy(() -> ZipExtractor.extract(TestCode.zipOf("ok.txt", evil), dir.resolve("code")))
                    .isInstanceOfSatisfying(PlatformException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.errorType()).isEqualTo("InvalidZipFileException");
                    })
                    .hasMessageContaining("zip-slip");
        }
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void refusesBytesThatAreNoZip() {
        assertThatThrownBy(() -> ZipExtractor.extract("not a zip".getBytes(), dir.resolve("code")))
                .isInstanceOf(PlatformException.class).hasMessageContaining("not a zip");
    }
}
