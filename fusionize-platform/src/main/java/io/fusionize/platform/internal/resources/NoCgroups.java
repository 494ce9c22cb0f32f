package io.fusionize.platform.internal.resources;

import io.fusionize.platform.ResourceEnforcement;
import java.util.List;

/** No control groups: nothing is enforced, and the reason is kept for reports. */
final class NoCgroups implements Cgroups {

    private final ResourceEnforcement enforcement;

    NoCgroups(String reason) {
        this.enforcement = new ResourceEnforcement(false, false, "none", List.of("Not enforced: " + reason));
    }

    @Override
    public ResourceEnforcement enforcement() {
        return enforcement;
    }

    @Override
    public InstanceCgroup create(String instanceId, int memoryMb, boolean throttled) {
        return InstanceCgroup.NONE;
    }

    @Override
    public void close() {
    }
}
