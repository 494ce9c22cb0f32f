package com.example.orders.checkout;

import com.example.orders.work.Work;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** The tax on an amount, at the rate of the customer's region (5 to 24 %). */
public final class Tax implements Task<Price.Amount, Long> {

    @Override
    public Long run(Price.Amount amount, TaskContext context) {
        int region = Work.score("region-" + amount.customer() % 40, 5_000);
        return amount.amountCents() * (5 + region % 20) / 100;
    }
}
