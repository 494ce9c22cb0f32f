/**
 * Wire types the monitor ingests: invocation records written by the fusion runtime, reports
 * written by the platform, and latencies measured by the gateway. Their JSON shapes are the ones
 * documented in {@code docs/architecture.md}; unknown keys are ignored so that either side can
 * grow.
 */
package io.fusionize.monitor.dto;
