/** Invocation reports and instance logs: listeners, {@code reports.jsonl}, per-function log files. */
package io.fusionize.platform.internal.report;
