package io.fusionize.platform.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LogTailTests {

    @Test
    void keepsEveryLineWhileUnderTheLimit() {
        LogTail tail = new LogTail(100);
        tail.append("one");
        tail.append("two");

        assertThat(new String(tail.bytes(), StandardCharsets.UTF_8)).isEqualTo("one\ntwo\n");
        assertThat(Base64.getDecoder().decode(tail.base64())).isEqualTo(tail.bytes());
    }

    @Test
    void keepsOnlyTheLastBytes() {
        LogTail tail = new LogTail(10);
        for (int i = 0; i < 100; i++) {
            tail.append("line " + i);
        }

        assertThat(tail.bytes()).hasSize(10);
        assertThat(new String(tail.bytes(), StandardCharsets.UTF_8)).isEqualTo("8\nline 99\n");
    }
}
