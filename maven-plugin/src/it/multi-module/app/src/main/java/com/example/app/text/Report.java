package com.example.app.text;

import java.util.ArrayList;
import java.util.List;

/** An internal helper: nothing finds it by name, so protection renames it. */
public final class Report {

  private final String title;
  private final List<String> lines = new ArrayList<>();

  public Report(String title) {
    this.title = title;
  }

  public void line(String text) {
    lines.add(text);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("== " + title + " ==");
    for (int i = 0; i < lines.size(); i++) {
      out.append('\n').append(i + 1).append(". ").append(lines.get(i));
    }
    return out.toString();
  }
}
