package com.example.orders.model;

/**
 * Where an order is.
 *
 * @param orderId the order
 * @param placed whether it was placed
 * @param totalCents what it cost, 0 when not placed
 * @param shipment where its shipment is: {@code none}, {@code scheduled} or {@code picking}
 * @param etaDays days until delivery, -1 when unknown
 */
public record OrderStatus(String orderId, boolean placed, long totalCents, String shipment, int etaDays) {
}
