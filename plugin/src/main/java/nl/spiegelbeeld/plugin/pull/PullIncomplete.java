package nl.spiegelbeeld.plugin.pull;

import java.util.Objects;

/**
 * The pull did not get everything it needs: whatever was fetched is discarded, never shown or
 * shared as a result. The message says in Dutch what is missing and how far the pull got; it names
 * no patient and no URL with ids.
 */
public final class PullIncomplete extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The resource type that could not be fetched completely, or {@code null} for the setup. */
  private final String resourceType;

  public PullIncomplete(String resourceType, String dutchMessage, Throwable cause) {
    super(Objects.requireNonNull(dutchMessage, "dutchMessage"), cause);
    this.resourceType = resourceType;
  }

  public String resourceType() {
    return resourceType;
  }
}
