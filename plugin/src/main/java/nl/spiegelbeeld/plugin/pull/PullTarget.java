package nl.spiegelbeeld.plugin.pull;

import java.util.Objects;
import java.util.Optional;

/**
 * Which practice a pull is for: the logged-in user's ({@code fhirUser}, a Practitioner or
 * PractitionerRole reference), the one with an AGB code, or, with neither, the only practice on the
 * endpoint. With both, the user must work for the practice with that AGB code.
 */
public record PullTarget(Optional<String> fhirUser, Optional<String> agb) {

  public PullTarget {
    Objects.requireNonNull(fhirUser, "fhirUser");
    Objects.requireNonNull(agb, "agb");
    agb.ifPresent(
        a -> {
          if (!a.matches("\\d{8}")) {
            throw new IllegalArgumentException("een AGB-code heeft 8 cijfers: " + a);
          }
        });
  }

  public static PullTarget onlyPractice() {
    return new PullTarget(Optional.empty(), Optional.empty());
  }

  public static PullTarget agb(String agb) {
    return new PullTarget(Optional.empty(), Optional.of(agb));
  }

  public static PullTarget user(String fhirUser) {
    return new PullTarget(Optional.of(fhirUser), Optional.empty());
  }
}
