package nl.spiegelbeeld.benchmark.group;

import java.util.List;

/** A group was to get members that are not registered. */
public final class UnknownPractices extends RuntimeException {

  public UnknownPractices(List<String> agbs) {
    super(
        "Onbekende praktijk(en) met AGB-code "
            + String.join(", ", agbs)
            + "; registreer ze eerst met register-practice.");
  }
}
