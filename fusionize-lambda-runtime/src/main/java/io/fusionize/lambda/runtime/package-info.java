/**
 * A pure-Java client of the AWS Lambda Runtime API: the loop an instance process runs.
 *
 * <p>{@link io.fusionize.lambda.runtime.RuntimeMain} reads the reserved environment, loads the
 * {@code _HANDLER}, and serves events until the Runtime API goes away. At run time it needs only
 * the JDK and {@code aws-lambda-java-core}, so that cold starts stay short: the wire names it takes
 * from {@code fusionize-protocol} are compile-time constants, so instances run without that jar.
 */
package io.fusionize.lambda.runtime;
