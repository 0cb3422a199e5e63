package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.Objects;

/**
 * A choice the definition makes where indicators.md leaves room, with its reason (indicators.md:
 * "the definition file states the choice and its reason").
 */
public record Choice(String topic, String choice, String reason) {

  public Choice {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(reason, "reason");
  }
}
