package io.fusionize.examples.synthetic;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.Objects;

/**
 * One task of a synthetic application: it touches its memory, does its CPU work, makes its calls
 * in order, waits, and returns a value computed from its input and its sync callees' results
 * only, so that every setup gives the same result.
 */
public final class SyntheticTask implements Task<SyntheticInput, SyntheticResult> {

    private final SyntheticTaskShape shape;
    private final int sieves;

    /** @param shape what the task does */
    public SyntheticTask(SyntheticTaskShape shape) {
        this.shape = Objects.requireNonNull(shape, "shape must not be null");
        this.sieves = SyntheticWork.sieves(shape.cpuMs());
    }

    /**
     * Runs the task once.
     *
     * @param input its input; {@code null} reads as seed 0
     * @param context used for its calls
     * @return its value and padding
     * @throws InterruptedException when interrupted while it waits
     */
    @Override
    public SyntheticResult run(SyntheticInput input, TaskContext context) throws InterruptedException {
        long value = SyntheticWork.mix(input == null ? 0 : input.seed(), shape.index());
        byte[][] memory = SyntheticWork.touch(shape.memoryMb(), value);
        value = SyntheticWork.cpu(value, sieves);
        value = call(value, context);
        value = SyntheticWork.mix(value, SyntheticWork.checksum(memory)); // held until here, over the calls
        SyntheticWork.pause(shape.waitMs());
        return new SyntheticResult(shape.name(), value, SyntheticWork.padding(value, shape.payloadBytes()));
    }

    private long call(long value, TaskContext context) {
        long folded = value;
        for (SyntheticCall call : shape.calls()) {
            SyntheticInput input = new SyntheticInput(SyntheticWork.mix(folded, call.callee().hashCode()));
            if (call.sync()) {
                folded = SyntheticWork.mix(folded, context.call(call.callee(), input, SyntheticResult.class).value());
            } else {
                context.send(call.callee(), input);
            }
        }
        return folded;
    }

    @Override
    public String toString() {
        return "SyntheticTask[" + shape.name() + "]";
    }
}
