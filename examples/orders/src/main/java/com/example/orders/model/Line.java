package com.example.orders.model;

/**
 * One line of a cart.
 *
 * @param product the product's id
 * @param quantity how many
 */
public record Line(int product, int quantity) {
}
