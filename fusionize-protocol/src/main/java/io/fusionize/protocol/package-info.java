/**
 * Every contract that crosses a process boundary, defined once: AWS Lambda's Invoke, control-plane
 * and Runtime APIs ({@link io.fusionize.protocol.lambda}), prices ({@link io.fusionize.protocol.billing}),
 * telemetry ({@link io.fusionize.protocol.telemetry}), the fusion runtime's envelopes, records and
 * naming ({@link io.fusionize.protocol.fusion}), and the JSON mapper they travel with
 * ({@link io.fusionize.protocol.json}). Both sides of each boundary compile against this module.
 */
package io.fusionize.protocol;
