/**
 * The IoT traffic-monitoring application: ten tasks that analyse a sensor's readings, entry
 * {@code I}.
 */
package io.fusionize.examples.iot;
