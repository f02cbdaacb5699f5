package dev.jarmor.passes.rename;

import dev.jarmor.input.EntryContent;
import dev.jarmor.input.Resource;
import dev.jarmor.language.LanguageSupport;
import dev.jarmor.plan.Adaptation;
import dev.jarmor.plan.ConstantSite;
import dev.jarmor.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the planned names into resources: a resource named after a class is renamed, and each
 * class name the plan found in a text resource is replaced at its line and column. Resources the
 * plan does not mention are carried over byte for byte, unless an installed language rewrites them (Kotlin's
 * module files name its file facades). Sites name a resource by its
 * {@link Resource#key()}, so that a nested jar's resource is told from the program's of the same path.
 */
final class ResourceAdapter {

  private static final Pattern LINE = Pattern.compile("[^\r\n]*(\r\n|\r|\n|$)");

  private final Plan plan;
  private final List<LanguageSupport> languages;

  ResourceAdapter(Plan plan, List<LanguageSupport> languages) {
    this.plan = plan;
    this.languages = languages;
  }

  SortedMap<String, Resource> adapt(SortedMap<String, Resource> resources) {
    Map<String, List<Map.Entry<ConstantSite, Adaptation>>> byPath = new TreeMap<>();
    for (Map.Entry<ConstantSite, Adaptation> entry : plan.adaptations().entrySet()) {
      if (entry.getKey().inResource()) {
        byPath.computeIfAbsent(entry.getKey().container(), k -> new ArrayList<>()).add(entry);
      }
    }
    SortedMap<String, Resource> result = new TreeMap<>();
    for (Resource resource : resources.values()) {
      List<Map.Entry<ConstantSite, Adaptation>> adaptations = byPath.getOrDefault(resource.key(), List.of());
      String path = resource.path();
      EntryContent content = resource.content();
      List<ConstantSite.InResource> inText = new ArrayList<>();
      for (Map.Entry<ConstantSite, Adaptation> entry : adaptations) {
        if (entry.getKey() instanceof ConstantSite.ResourcePath) {
          Adaptation adaptation = entry.getValue();
          path = path.substring(0, path.length() - adaptation.text().length()) + plan.newText(adaptation);
        } else {
          inText.add((ConstantSite.InResource) entry.getKey());
        }
      }
      if (!inText.isEmpty()) {
        content = EntryContent.of(rewrite(new String(resource.data(), StandardCharsets.UTF_8), inText)
            .getBytes(StandardCharsets.UTF_8));
      }
      Resource adapted = path.equals(resource.path()) && content == resource.content() ? resource
          : new Resource(path, content, resource.container());
      for (LanguageSupport language : languages) {
        adapted = language.adaptResource(adapted, plan);
      }
      result.put(adapted.key(), adapted);
    }
    return result;
  }

  private String rewrite(String text, List<ConstantSite.InResource> sites) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher line = LINE.matcher(text);
    int number = 0;
    int next = 0;
    while (next <= text.length() && line.find(next)) {
      number++;
      StringBuilder content = new StringBuilder(line.group().substring(0, line.group().length() - line.group(1).length()));
      // right to left, so that a longer new name does not move the columns still to come
      for (int i = sites.size() - 1; i >= 0; i--) {
        ConstantSite.InResource site = sites.get(i);
        if (site.line() != number) {
          continue;
        }
        Adaptation adaptation = plan.adaptations().get(site);
        int start = site.column() - 1;
        int end = start + adaptation.text().length();
        if (end <= content.length() && content.substring(start, end).equals(adaptation.text())) {
          content.replace(start, end, plan.newText(adaptation));
        }
      }
      out.append(content).append(line.group(1));
      if (line.group(1).isEmpty()) {
        break;
      }
      next = line.end();
    }
    return out.toString();
  }
}
