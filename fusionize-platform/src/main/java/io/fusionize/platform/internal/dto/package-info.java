/**
 * Lambda's control-plane request and response shapes (PascalCase, as the AWS SDK sends and expects
 * them), which only the platform serves; every contract that clients share is in
 * {@code fusionize-protocol}.
 */
package io.fusionize.platform.internal.dto;
