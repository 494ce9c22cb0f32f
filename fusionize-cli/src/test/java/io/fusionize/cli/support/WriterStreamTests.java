package io.fusionize.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WriterStreamTests {

    @Test
    void keepsACharacterSplitAcrossWritesIntact() {
        StringWriter text = new StringWriter();
        PrintStream stream = WriterStream.of(new PrintWriter(text));
        byte[] arrow = "v1 → v2".getBytes(StandardCharsets.UTF_8);

        // The arrow's three bytes arrive in two writes; the stream flushes after each.
        stream.write(arrow, 0, 4);
        assertThat(text.toString()).isEqualTo("v1 ");
        stream.write(arrow, 4, arrow.length - 4);
        stream.println();

        assertThat(text.toString()).isEqualTo("v1 → v2" + System.lineSeparator());
    }

    @Test
    void flushPassesOnAnUnfinishedLine() {
        StringWriter text = new StringWriter();
        PrintStream stream = WriterStream.of(new PrintWriter(text));

        stream.print("progress 50 %");
        stream.flush();

        assertThat(text.toString()).isEqualTo("progress 50 %");
    }
}
