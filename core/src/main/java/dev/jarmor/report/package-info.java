/**
 * Reports of what the plan keeps and why: {@link dev.jarmor.report.ExplainWriter} for
 * {@code jarmor explain}, {@link dev.jarmor.report.JsonReport} for {@code --report}, both built from
 * {@link dev.jarmor.report.ClassReport}.
 */
package dev.jarmor.report;
