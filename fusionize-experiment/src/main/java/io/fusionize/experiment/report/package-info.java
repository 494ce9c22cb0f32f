/**
 * Experiment results and their report: {@code summary.json}, {@code report.md}, per-request CSV
 * and PNG plots, all written by {@link io.fusionize.experiment.report.ReportWriter}.
 */
package io.fusionize.experiment.report;
