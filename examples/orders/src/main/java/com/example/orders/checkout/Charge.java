package com.example.orders.checkout;

import com.example.orders.work.Work;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Charges the customer after a fraud check, waiting on the payment provider as a real charge would. */
public final class Charge implements Task<Charge.Request, String> {

    /** How long the payment provider takes to answer. */
    static final long PROVIDER_MILLIS = 20;

    /**
     * A charge.
     *
     * @param orderId the order
     * @param customer who pays
     * @param amountCents how much
     */
    public record Request(String orderId, int customer, long amountCents) {
    }

    @Override
    public String run(Request request, TaskContext context) {
        int risk = context.call("fraud", request, Integer.class);
        if (risk > 97) {
            throw new IllegalStateException("payment for " + request.orderId() + " declined: fraud risk " + risk);
        }
        Work.waitFor(PROVIDER_MILLIS);
        return "pay-" + Work.digest(request.orderId() + ":" + request.amountCents(), 1).substring(0, 12);
    }
}
