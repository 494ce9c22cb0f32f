package io.fusionize.examples.tree;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.Objects;

/** A, the entry task: starts its asynchronous branch, then returns its synchronous branch's path. */
public final class TreeRoot implements Task<TreeRequest, SyncPath> {

    private final String asyncCallee;
    private final String syncCallee;

    /**
     * @param asyncCallee the task sent first (C)
     * @param syncCallee the task whose path is returned (B)
     */
    public TreeRoot(String asyncCallee, String syncCallee) {
        this.asyncCallee = Objects.requireNonNull(asyncCallee, "async callee must not be null");
        this.syncCallee = Objects.requireNonNull(syncCallee, "sync callee must not be null");
    }

    /**
     * Runs the tree.
     *
     * @param request the request; may be {@code null}
     * @param context used to call both branches
     * @return the synchronous branch's path with this task in front
     */
    @Override
    public SyncPath run(TreeRequest request, TaskContext context) {
        TreeRequest passed = request == null ? new TreeRequest(null) : request;
        context.send(asyncCallee, passed);
        SyncPath path = context.call(syncCallee, passed, SyncPath.class);
        return path.after(context.taskName(), 0);
    }
}
