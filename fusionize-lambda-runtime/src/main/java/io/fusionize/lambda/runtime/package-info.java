/**
 * A pure-Java client of the AWS Lambda Runtime API: the loop an instance process runs.
 *
 * <p>{@link io.fusionize.lambda.runtime.RuntimeMain} reads the reserved environment, loads the
 * {@code _HANDLER}, and serves events until the Runtime API goes away. It depends only on the JDK
 * and {@code aws-lambda-java-core}, so that cold starts stay short.
 */
package io.fusionize.lambda.runtime;
