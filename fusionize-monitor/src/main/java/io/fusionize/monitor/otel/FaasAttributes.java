package io.fusionize.monitor.otel;

import io.opentelemetry.api.common.AttributeKey;

/** Attribute keys of the FaaS semantic conventions, and the monitor's own additions. */
final class FaasAttributes {

    static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    static final AttributeKey<String> FAAS_NAME = AttributeKey.stringKey("faas.name");
    static final AttributeKey<String> FAAS_VERSION = AttributeKey.stringKey("faas.version");
    static final AttributeKey<Long> FAAS_MAX_MEMORY = AttributeKey.longKey("faas.max_memory");
    static final AttributeKey<String> FAAS_TRIGGER = AttributeKey.stringKey("faas.trigger");
    static final AttributeKey<String> FAAS_INVOCATION_ID = AttributeKey.stringKey("faas.invocation_id");
    static final AttributeKey<Boolean> FAAS_COLDSTART = AttributeKey.booleanKey("faas.coldstart");
    static final AttributeKey<String> FAAS_INVOKED_NAME = AttributeKey.stringKey("faas.invoked_name");
    static final AttributeKey<String> FAAS_INVOKED_PROVIDER = AttributeKey.stringKey("faas.invoked_provider");

    static final AttributeKey<Long> SETUP_VERSION = AttributeKey.longKey("fusionize.setup_version");
    static final AttributeKey<String> ENTRY_TASK = AttributeKey.stringKey("fusionize.entry_task");
    static final AttributeKey<String> TRACE_ID = AttributeKey.stringKey("fusionize.trace_id");
    static final AttributeKey<String> CALLER_TASK = AttributeKey.stringKey("fusionize.caller_task");
    static final AttributeKey<Boolean> SYNC = AttributeKey.booleanKey("fusionize.sync");
    static final AttributeKey<Boolean> LOCAL = AttributeKey.booleanKey("fusionize.local");
    static final AttributeKey<Long> BYTES_IN = AttributeKey.longKey("fusionize.bytes_in");
    static final AttributeKey<Long> BYTES_OUT = AttributeKey.longKey("fusionize.bytes_out");
    static final AttributeKey<Long> BILLED_MS = AttributeKey.longKey("fusionize.billed_duration_ms");
    static final AttributeKey<Double> MAX_MEMORY_USED_MB = AttributeKey.doubleKey("fusionize.max_memory_used_mb");
    static final AttributeKey<Double> COST_USD = AttributeKey.doubleKey("fusionize.cost_usd");

    static final String TRIGGER_HTTP = "http";
    static final String TRIGGER_OTHER = "other";

    private FaasAttributes() {
    }
}
