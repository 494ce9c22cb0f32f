package com.example.orders.checkout;

import com.example.orders.model.Cart;
import com.example.orders.store.OrdersStore;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Holds the cart's stock for the order. */
public final class Reserve implements Task<Cart, Void> {

    @Override
    public Void run(Cart cart, TaskContext context) {
        OrdersStore.shared().reserve(cart.orderId(), cart.lines());
        return null;
    }
}
