/**
 * What {@code jarmor check --tests} puts on a suite's class path, after the suite and its JUnit Platform launcher:
 * {@link dev.jarmor.check.junit.RunTests}, the suite JVM's main class, runs the tests through the launcher API with
 * {@link dev.jarmor.check.junit.ResultsListener}, which writes each test's outcome by unique id for core's
 * {@code dev.jarmor.check.JUnitRunner} to read. Compiled for Java 8 and against nothing but the platform's launcher
 * API, which the suite's JVM already has.
 */
package dev.jarmor.check.junit;
