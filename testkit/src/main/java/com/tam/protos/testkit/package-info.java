/**
 * The TAM testkit: in-memory reference implementations of the platform's seven services, the
 * conformance suites (TCK) that any implementation can be run against, the whole-platform
 * simulation and the sandbox.
 */
package com.tam.protos.testkit;
