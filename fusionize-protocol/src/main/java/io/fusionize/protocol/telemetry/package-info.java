/**
 * Telemetry: the platform's report per invocation, the pages of its telemetry feed, and the rules
 * that find records and markers in an instance's log lines.
 */
package io.fusionize.protocol.telemetry;
