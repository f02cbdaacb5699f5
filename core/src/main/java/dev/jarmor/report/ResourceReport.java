package dev.jarmor.report;

import dev.jarmor.plan.ConstantSite;
import dev.jarmor.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A resource whose path or text names program classes: what changes in it, and why. */
public record ResourceReport(String path, List<ClassReport.StringReport> adaptedStrings) {

  /** One report per resource with adaptations, in path order. */
  public static List<ResourceReport> of(Plan plan) {
    TreeSet<String> paths = new TreeSet<>();
    for (ConstantSite site : plan.adaptations().keySet()) {
      if (site.inResource()) {
        paths.add(site.container());
      }
    }
    List<ResourceReport> reports = new ArrayList<>();
    for (String path : paths) {
      reports.add(new ResourceReport(path, ClassReport.adaptedStrings(plan, path)));
    }
    return reports;
  }
}
