package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TerminalProgressBarTests {

    private static Progress progress(int completed) {
        return new Progress("all-remote", 200, 120, completed, 2, Duration.ofSeconds(12), Duration.ofSeconds(25));
    }

    @Test
    void drawsTheShareOfCompletedRequests() {
        assertThat(TerminalProgressBar.render(progress(100)))
                .isEqualTo("all-remote [===============>              ]  50% 100/200 done, 2 failed, 12/25 s");
        assertThat(TerminalProgressBar.render(progress(200))).contains("[==============================] 100%");
    }

    @Test
    void redrawsInPlaceAndEndsTheLineWhenFinished() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgressBar bar = new TerminalProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        bar.update(progress(10));
        bar.finish(progress(200));

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\rall-remote [").contains("\rall-remote [====").endsWith(System.lineSeparator());
    }
}
