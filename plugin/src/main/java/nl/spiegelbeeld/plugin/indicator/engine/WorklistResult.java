package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.List;
import java.util.Objects;

/** A worklist with its column headers and entries (local only). */
public record WorklistResult(String title, List<String> headers, List<WorklistEntry> entries) {

  public WorklistResult {
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    entries = List.copyOf(entries);
  }
}
