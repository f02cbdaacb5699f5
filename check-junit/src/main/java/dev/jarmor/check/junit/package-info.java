/**
 * What {@code jarmor check --tests} puts on a suite's class path, after the suite and the JUnit console launcher:
 * {@link dev.jarmor.check.junit.ResultsListener}, loaded by the JUnit Platform through its service file, writes
 * each test's outcome by unique id for core's {@code dev.jarmor.check.JUnitRunner} to read. Compiled for Java 8
 * and against nothing but the platform's launcher API, which the suite's JVM already has.
 */
package dev.jarmor.check.junit;
