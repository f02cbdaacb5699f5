package dev.jarmor.check;

import dev.jarmor.ProtectOptions.Wire;
import dev.jarmor.check.fix.FixRule;
import dev.jarmor.check.fix.FixSearch;
import dev.jarmor.report.HtmlReport;
import dev.jarmor.report.JsonReport;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A check's result as JSON, for tools and CI, written as it is ({@code --report}) and inside the page of
 * {@link HtmlReport} ({@code --report-html}):
 *
 * <pre>
 * {"passed": false,
 *  "highestPassingLevel": {"open": 0, "closed": null},     per wire mode checked; null: no level passed
 *  "variants": [{"level": 1, "wire": "open", "passed": false,
 *    "sequences": [{"sequence": 1, "builds": "protected",   numbered from 1; builds: protected,
 *                                                             "original then protected", "protected then original"
 *      "passed": false, "differences": [{"where": "command 1 exit status", "original": "0", "variant": "1",
 *        "trace": "java.lang.ClassNotFoundException: ..."}]}],    trace: retraced, or null
 *    "tests": {"compared": 12, "failing": [{"id": "[engine:junit-jupiter]/[class:com.acme.FooTest]/...",
 *      "failure": "..."}], "flaky": ["..."]}}],                ids and failures in original names
 *  "fix": {"passed": true, "runs": 6, "budget": 200,           with --fix only: the search and its confirming check
 *    "rules": ["-keepnames class com.acme.plugins.Greeter"],
 *    "failures": [{"where": "level 1, wire open, sequence 1", "status": "fixed",   fixed, not minimal, unresolved
 *      "failure": "java.lang.ClassNotFoundException: ...", "rules": ["..."], "runs": 2}],   its first line
 *    "confirmed": {"passed": true, "highestPassingLevel": ..., "variants": [...]}}}     the check with the rules
 * </pre>
 */
public final class CheckReport {

  private CheckReport() {}

  /** The report of a check: its text. */
  public static String json(CheckResult result) {
    return members(result) + "}\n";
  }

  /** The report of a check and of the fix search that followed it: the check's members, and its fix. */
  public static String json(FixRun.Result fix) {
    return members(fix.checked()) + ",\n\"fix\": " + fix(fix) + "}\n";
  }

  /** Writes the check's report where the options ask: as JSON, as a page, or both. */
  static void write(CheckResult result, CheckOptions options) {
    if (options.reportOut() != null || options.htmlReportOut() != null) {
      write(json(result), options);
    }
  }

  /** Writes the report of a check and its fix search where the options ask, in place of the check's alone. */
  static void write(FixRun.Result fix, CheckOptions options) {
    if (options.reportOut() != null || options.htmlReportOut() != null) {
      write(json(fix), options);
    }
  }

  /** One text, written as it is ({@code --report}) and in a page ({@code --report-html}). */
  private static void write(String json, CheckOptions options) {
    if (options.reportOut() != null) {
      JsonReport.write(json, options.reportOut());
    }
    if (options.htmlReportOut() != null) {
      HtmlReport.write(HtmlReport.Page.CHECK, options.protect().inputs(), json, options.htmlReportOut());
    }
  }

  /** The check's members, the closing brace left to the caller. */
  private static String members(CheckResult result) {
    String highest = result.variants().stream().map(v -> v.variant().wire()).distinct().sorted()
        .map(w -> string(name(w)) + ": " + level(result.highestPassingLevel(w))).collect(Collectors.joining(", "));
    return "{\"passed\": " + result.passed() + ",\n\"highestPassingLevel\": {" + highest + "},\n\"variants\": ["
        + result.variants().stream().map(CheckReport::variant).collect(Collectors.joining(",\n")) + "]";
  }

  private static String fix(FixRun.Result fix) {
    return "{\"passed\": " + fix.passed() + ", \"runs\": " + fix.runs() + ", \"budget\": " + fix.budget()
        + ",\n \"rules\": [" + rules(fix.rules()) + "],\n \"failures\": [" + fix.searches().stream()
        .map(CheckReport::search).collect(Collectors.joining(",\n  ")) + "],\n \"confirmed\": "
        + members(fix.confirmed()) + "}}";
  }

  private static String search(FixSearch.Result search) {
    return "{\"where\": " + string(search.failure().where()) + ", \"status\": "
        + string(search.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')) + ", \"failure\": "
        + string(search.failure().firstLine()) + ", \"rules\": [" + rules(search.rules()) + "], \"runs\": "
        + search.runs() + "}";
  }

  private static String rules(List<FixRule> rules) {
    return strings(rules.stream().map(FixRule::text).toList());
  }

  private static String variant(VariantResult v) {
    return "{\"level\": " + v.variant().level() + ", \"wire\": " + string(name(v.variant().wire())) + ", \"passed\": "
        + v.passed() + ",\n \"sequences\": [" + v.sequences().stream().map(CheckReport::sequence)
        .collect(Collectors.joining(",\n  ")) + "],\n \"tests\": " + tests(v.tests()) + "}";
  }

  private static String sequence(SequenceResult s) {
    return "{\"sequence\": " + (s.sequence() + 1) + ", \"builds\": " + string(s.mix().toString()) + ", \"passed\": "
        + s.passed() + ", \"differences\": [" + s.differences().stream().map(CheckReport::difference)
        .collect(Collectors.joining(", ")) + "]}";
  }

  private static String difference(Difference d) {
    return "{\"where\": " + string(d.where()) + ", \"original\": " + string(d.original()) + ", \"variant\": "
        + string(d.variant()) + ", \"trace\": " + (d.trace() == null ? "null" : string(d.trace())) + "}";
  }

  private static String tests(TestsResult t) {
    String failing = t.failing().entrySet().stream()
        .map(e -> "{\"id\": " + string(e.getKey()) + ", \"failure\": " + string(e.getValue()) + "}")
        .collect(Collectors.joining(", "));
    return "{\"compared\": " + t.compared() + ", \"failing\": [" + failing + "], \"flaky\": ["
        + strings(List.copyOf(t.flaky())) + "]}";
  }

  private static String strings(List<String> values) {
    return values.stream().map(CheckReport::string).collect(Collectors.joining(", "));
  }

  private static String level(OptionalInt level) {
    return level.isPresent() ? String.valueOf(level.getAsInt()) : "null";
  }

  private static String name(Wire wire) {
    return wire.name().toLowerCase(Locale.ROOT);
  }

  private static String string(String value) {
    return JsonReport.string(value);
  }
}
