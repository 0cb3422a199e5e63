package nl.spiegelbeeld.plugin.measurement;

import java.util.List;
import java.util.Objects;

/**
 * Why a measurement did not complete, in Dutch, for the user: what went wrong, what to do, and
 * which resource types are missing. Never names a patient.
 */
public record Failure(String title, String detail, List<String> missing) {

  public Failure {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    missing = List.copyOf(missing);
  }
}
