package io.fusionize.platform.internal.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JvmCommandTests {

    @Test
    void heapLeavesRoomOutsideTheHeap() {
        assertThat(JvmCommand.heapMb(128)).isEqualTo(64);
        assertThat(JvmCommand.heapMb(1024)).isEqualTo(871);
        assertThat(JvmCommand.heapMb(10240)).isEqualTo(8704);
    }

    @Test
    void commandRunsTheRuntimeWithHeapProcessorsAndJarsOnly() {
        String classpath = JvmCommand.classpath(Path.of("/s/runtime.jar"), Path.of("/s/code/abc.root.jar"),
                Path.of("/s/code/abc"));
        List<String> command = JvmCommand.build(Path.of("/jdk/bin/java"), 512, List.of("-XX:+UseSerialGC"),
                List.of("-XX:SharedArchiveFile=/s/cds/a.jsa"), classpath);

        assertThat(classpath).isEqualTo("/s/runtime.jar:/s/code/abc.root.jar:/s/code/abc/lib/*");
        assertThat(command).containsSubsequence("/jdk/bin/java", "-Xmx436m", "-XX:ActiveProcessorCount=2",
                "-XX:+UseSerialGC", "-XX:SharedArchiveFile=/s/cds/a.jsa", "-cp", classpath,
                "io.fusionize.lambda.runtime.RuntimeMain");
    }
}
