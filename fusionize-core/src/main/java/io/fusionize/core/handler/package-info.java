/**
 * The Lambda handler every function artifact runs, and the Invoke API client it reaches other
 * functions through.
 */
package io.fusionize.core.handler;
