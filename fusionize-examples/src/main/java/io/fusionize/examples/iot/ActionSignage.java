package io.fusionize.examples.iot;

import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.examples.iot.model.SignageOrder;
import io.fusionize.examples.iot.model.SignageResult;
import io.fusionize.examples.work.CpuWorkers;
import java.util.Objects;

/**
 * AS: shows a message on a chain of signs; two parallel CPU workers, then one write per sensor id
 * in {@code [location, location + chain]}.
 */
public final class ActionSignage implements Task<SignageOrder, SignageResult> {

    private final IotStore store;

    /** @param store where the signs' messages are written */
    public ActionSignage(IotStore store) {
        this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /**
     * Shows one message.
     *
     * @param order the message and the chain of signs
     * @param context unused: the task calls nothing
     * @return how many signs were written, and the workers' checksum
     * @throws InterruptedException when interrupted while the workers run
     */
    @Override
    public SignageResult run(SignageOrder order, TaskContext context) throws InterruptedException {
        if (order.chain() < 0) {
            throw new IllegalArgumentException("chain must not be negative, was " + order.chain());
        }
        double checksum = CpuWorkers.runEvaluationWork();
        for (int sensorId = order.location(); sensorId <= order.location() + order.chain(); sensorId++) {
            store.showSign(sensorId, order.requestKey(), order.message());
        }
        return new SignageResult(order.chain() + 1, checksum);
    }
}
