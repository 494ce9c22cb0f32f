/** AWS SDK {@code LambdaClient} construction for the local platform or AWS Lambda. */
package io.fusionize.deploy.lambda;
