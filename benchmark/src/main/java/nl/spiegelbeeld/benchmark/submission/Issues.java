package nl.spiegelbeeld.benchmark.submission;

import java.util.List;

/** Collects issues under a FHIRPath prefix. */
final class Issues {

  private final List<Issue> issues;
  private final String path;

  Issues(List<Issue> issues, String path) {
    this.issues = issues;
    this.path = path;
  }

  Issues in(String child) {
    return new Issues(issues, path + "." + child);
  }

  void add(String type, String element, String diagnostics) {
    issues.add(new Issue(type, element.isEmpty() ? path : path + "." + element, diagnostics));
  }
}
