/**
 * Wire types of the local platform: Lambda's control-plane and Invoke shapes (PascalCase, as the AWS
 * SDK sends and expects them) and the platform's invocation report.
 */
package io.fusionize.platform.dto;
