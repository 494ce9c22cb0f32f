/** What invocations cost: one price table with AWS Lambda's prices and billing rules. */
package io.fusionize.protocol.billing;
