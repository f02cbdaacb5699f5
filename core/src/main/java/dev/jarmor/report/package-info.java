/**
 * Reports of what the plan keeps and why and of what the passes change and leave alone:
 * {@link dev.jarmor.report.ExplainWriter} for {@code jarmor explain} (a summary,
 * {@link dev.jarmor.report.ExplainSummary}, then the passes, then each class, repeated lines folded by
 * {@link dev.jarmor.report.Folding}), {@link dev.jarmor.report.JsonReport} for {@code --report}, both built
 * from {@link dev.jarmor.report.ClassReport} and {@link dev.jarmor.report.PassSummary};
 * {@link dev.jarmor.report.HtmlReport} for {@code --report-html}, a page carrying the JSON report's text (the
 * check's too) and drawing it with the script in the resources beside it ({@code html/}).
 */
package dev.jarmor.report;
