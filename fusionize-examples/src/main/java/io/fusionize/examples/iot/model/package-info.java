/** The inputs and results the IoT tasks exchange, bound to and from JSON. */
package io.fusionize.examples.iot.model;
