package nl.spiegelbeeld.plugin.pull;

import java.net.URI;
import java.util.Objects;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.smart.PracticeResolver;

/**
 * The launch's practice lookup done by the pull's own resolver, so a launch and a pull can never
 * disagree about who the practice is.
 */
public final class LaunchPracticeResolver implements PracticeResolver {

  private final PracticePull pull;

  public LaunchPracticeResolver(PracticePull pull) {
    this.pull = Objects.requireNonNull(pull, "pull");
  }

  @Override
  public PracticeIdentity resolve(URI fhirBase, String fhirUser, AccessTokens tokens) {
    try {
      return pull.practice(fhirBase, PullTarget.user(fhirUser), tokens);
    } catch (nl.spiegelbeeld.plugin.pull.PracticeNotResolved e) {
      throw new PracticeResolver.PracticeNotResolved(
          e.ambiguous() ? "several practices for this user" : "no practice for this user");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while resolving the practice", e);
    }
  }
}
