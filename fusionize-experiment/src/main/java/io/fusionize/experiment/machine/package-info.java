/**
 * Measurements of the machine an experiment runs on, such as CPU utilization from
 * {@code /proc/stat}, so that reports can say when the machine itself was the bottleneck.
 */
package io.fusionize.experiment.machine;
