/**
 * Plain-Java exceptions that domain models and application services throw. No framework imports: domain packages
 * may use them, and the web layer maps them to RFC 9457 problem responses.
 */
package io.headcount.plumbing.domain;
