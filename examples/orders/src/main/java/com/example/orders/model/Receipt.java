package com.example.orders.model;

/**
 * The answer to a checkout.
 *
 * @param orderId the order
 * @param total what was charged, in cents
 * @param payment the payment's reference
 * @param status {@code placed}
 */
public record Receipt(String orderId, long total, String payment, String status) {
}
