package com.example.orders;

import io.fusionize.api.RequestMix;
import java.util.Random;
import java.util.StringJoiner;

/**
 * The orders back end's traffic: half catalog pages, three in ten order lookups, one in five
 * checkouts. Order ids come from a small range, so that lookups find orders that checkouts placed.
 */
public final class OrdersRequests {

    /** How many distinct orders the traffic places and looks up. */
    static final int ORDERS = 400;

    private OrdersRequests() {
    }

    /** @return the mix */
    public static RequestMix mix() {
        return RequestMix.builder()
                .add(5, "browse", OrdersRequests::browse)
                .add(3, "track", random -> "{\"orderId\":\"o-" + random.nextInt(ORDERS) + "\"}")
                .add(2, "checkout", OrdersRequests::checkout)
                .build();
    }

    private static String browse(Random random) {
        return "{\"category\":" + random.nextInt(8) + ",\"customer\":" + random.nextInt(1000) + "}";
    }

    private static String checkout(Random random) {
        StringJoiner lines = new StringJoiner(",", "[", "]");
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            lines.add("{\"product\":" + (1 + random.nextInt(200)) + ",\"quantity\":" + (1 + random.nextInt(3)) + "}");
        }
        return "{\"orderId\":\"o-" + random.nextInt(ORDERS) + "\",\"customer\":" + random.nextInt(1000)
                + ",\"lines\":" + lines + "}";
    }
}
