package io.fusionize.reliability.apps;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Leaves a file named after its hop, then sends to itself again. */
public final class EchoTask implements Task<LoopRequest, Void> {

    @Override
    public Void run(LoopRequest request, TaskContext context) throws Exception {
        Files.writeString(Path.of(request.dir()).resolve("echo-" + request.hop() + "." + UUID.randomUUID()), "");
        context.send("Echo", new LoopRequest(request.dir(), true, request.hop() + 1));
        return null;
    }
}
