package com.example.orders.checkout;

import com.example.orders.work.Work;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Scores a charge's fraud risk from 0 to 99; the costliest computation of a checkout. */
public final class Fraud implements Task<Charge.Request, Integer> {

    @Override
    public Integer run(Charge.Request request, TaskContext context) {
        return Work.score(request.customer() + ":" + request.amountCents(), 60_000);
    }
}
