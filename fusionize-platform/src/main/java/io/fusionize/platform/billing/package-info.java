/** Billing as Lambda does it: rounded-up durations priced by memory time plus a request fee. */
package io.fusionize.platform.billing;
