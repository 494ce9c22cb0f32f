package com.example.orders.tracking;

import com.example.orders.model.OrderRef;
import com.example.orders.store.OrdersStore;
import com.example.orders.work.Work;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Where an order's shipment is, and the days until delivery that the carrier's route planner gives. */
public final class Shipment implements Task<OrderRef, Shipment.Stage> {

    /**
     * A shipment's stage.
     *
     * @param name {@code none}, {@code scheduled} or {@code picking}
     * @param etaDays days until delivery, -1 when nothing ships
     */
    public record Stage(String name, int etaDays) {
    }

    @Override
    public Stage run(OrderRef order, TaskContext context) {
        String stage = OrdersStore.shared().shipmentStage(order.orderId()).orElse("none");
        if (stage.equals("none")) {
            return new Stage(stage, -1);
        }
        return new Stage(stage, 1 + Work.score(order.orderId(), 15_000) % 5);
    }
}
