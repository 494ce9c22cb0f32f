/**
 * What the monitor ingests besides the wire types of {@code fusionize-protocol}: latencies the
 * gateway measured, which it hands over in-process.
 */
package io.fusionize.monitor.dto;
