package io.fusionize.reliability.apps;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes its process id, then waits for the release file if asked to, within its invocation's time. */
public final class HoldTask implements Task<HoldRequest, String> {

    /** The file {@code Hold} writes its process id to. */
    public static final String PID_FILE = "hold.pid";
    /** The file whose existence ends the wait. */
    public static final String RELEASE_FILE = "release";

    @Override
    public String run(HoldRequest request, TaskContext context) throws Exception {
        Path dir = Path.of(request.dir());
        long pid = ProcessHandle.current().pid();
        Path temporary = dir.resolve(PID_FILE + "." + pid);
        Files.writeString(temporary, Long.toString(pid));
        // moved into place, so that a reader never sees half a number
        Files.move(temporary, dir.resolve(PID_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        while (request.hold() && !Files.exists(dir.resolve(RELEASE_FILE)) && context.remainingTimeMillis() > 1000) {
            Thread.sleep(50);
        }
        return "held by " + pid;
    }
}
