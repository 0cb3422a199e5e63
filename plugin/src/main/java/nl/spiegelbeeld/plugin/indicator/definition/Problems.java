package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading the catalogue: every one is collected, none stops reading. */
final class Problems {

  private final List<String> messages = new ArrayList<>();

  void add(String message) {
    messages.add(message);
  }

  int size() {
    return messages.size();
  }

  List<String> messages() {
    return List.copyOf(messages);
  }
}
