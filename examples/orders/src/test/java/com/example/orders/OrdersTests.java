package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.catalog.Browse;
import com.example.orders.model.OrderStatus;
import com.example.orders.model.Receipt;
import io.fusionize.api.Request;
import io.fusionize.testkit.FusionizeKit;
import io.fusionize.testkit.KitRun;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The orders back end under all-remote, all-local and random setups, in-process. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class OrdersTests {

    private static final String CART = "{\"orderId\": \"o-test-1\", \"customer\": 42,"
            + " \"lines\": [{\"product\": 7, \"quantity\": 2}, {\"product\": 120, \"quantity\": 1}]}";

    @RegisterExtension
    static FusionizeKit kit = FusionizeKit.forApplication(new OrdersProvider());

    @Test
    void checkoutChargesTheSameUnderEverySetup() {
        List<KitRun> runs = kit.assertSameResults("checkout", CART);

        Receipt receipt = runs.get(0).result(Receipt.class);
        assertEquals("placed", receipt.status());
        assertTrue(receipt.total() > 0);
    }

    @Test
    void browseAndTrackAnswerTheSameUnderEverySetup() {
        kit.run(kit.allLocal(), "checkout", CART);

        Browse.Page page = kit.assertSameResults("browse", "{\"category\": 3, \"customer\": 9}").get(0)
                .result(Browse.Page.class);
        assertEquals(25, page.products().size());
        assertEquals(3, page.recommended().size());
        OrderStatus status = kit.assertSameResults("track", "{\"orderId\": \"o-test-1\"}").get(0)
                .result(OrderStatus.class);
        assertTrue(status.placed());
    }

    @Test
    void allLocalRunsACheckoutInOneInvocationAllRemoteInTwelve() {
        assertEquals(12, kit.run(kit.allRemote(), "checkout", CART).records().invocationCount());
        assertEquals(1, kit.run(kit.allLocal(), "checkout", CART).records().invocationCount());
    }

    @Test
    void aCartWithAnUnknownProductIsRefusedBeforeAnythingIsCharged() {
        KitRun run = kit.run(kit.allRemote(), "checkout",
                "{\"orderId\": \"o-bad\", \"customer\": 1, \"lines\": [{\"product\": 999, \"quantity\": 1}]}");

        assertFalse(run.succeeded());
        assertTrue(run.failure().errorMessage().contains("no product 999"), run.failure().errorMessage());
        assertTrue(run.records().calls("checkout", "charge").isEmpty());
    }

    @Test
    void aPaymentThatTimesOutFailsTheCheckout() {
        KitRun run = kit.timingOut("charge").run(kit.allRemote(), "checkout", CART);

        assertFalse(run.succeeded());
    }

    @Test
    void theTrafficMixesTheThreeEntriesAsDocumented() {
        Map<String, Integer> counts = new HashMap<>();
        Random random = new Random(7);
        for (int n = 0; n < 10_000; n++) {
            Request request = OrdersRequests.mix().next(random);
            counts.merge(request.entry(), 1, Integer::sum);
        }
        assertEquals(5_000, counts.get("browse"), 300);
        assertEquals(3_000, counts.get("track"), 300);
        assertEquals(2_000, counts.get("checkout"), 300);
    }
}
