package com.example.orders.checkout;

import com.example.orders.work.Work;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** A customer's loyalty discount: 0 to 15 % of the amount, from the customer's history score. */
public final class Discount implements Task<Price.Amount, Long> {

    @Override
    public Long run(Price.Amount amount, TaskContext context) {
        int loyalty = Work.score("customer-" + amount.customer(), 20_000);
        return amount.amountCents() * (loyalty % 16) / 100;
    }
}
