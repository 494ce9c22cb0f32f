package com.example.orders.model;

/**
 * Names an order.
 *
 * @param orderId the order's id
 */
public record OrderRef(String orderId) {
}
