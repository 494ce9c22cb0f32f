package com.example.orders.checkout;

import com.example.orders.model.Cart;
import com.example.orders.model.Line;
import com.example.orders.model.Quote;
import com.example.orders.store.OrdersStore;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Prices a valid cart from the catalog, with the customer's discount and the tax. */
public final class Price implements Task<Cart, Quote> {

    /**
     * What the discount and tax tasks get.
     *
     * @param customer the customer
     * @param amountCents the amount they apply to
     */
    public record Amount(int customer, long amountCents) {
    }

    @Override
    public Quote run(Cart cart, TaskContext context) {
        long subtotal = 0;
        for (Line line : cart.lines()) {
            subtotal += OrdersStore.shared().product(line.product()).orElseThrow().priceCents() * line.quantity();
        }
        long discount = context.call("discount", new Amount(cart.customer(), subtotal), Long.class);
        long tax = context.call("tax", new Amount(cart.customer(), subtotal - discount), Long.class);
        return new Quote(subtotal, discount, tax, subtotal - discount + tax);
    }
}
