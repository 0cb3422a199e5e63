package nl.spiegelbeeld.plugin.pull;

/**
 * Progress of a pull, per resource type, e.g. for server-sent events to the browser. Called from
 * the pull's worker threads; implementations must be thread-safe and quick. Carries counts only.
 */
@FunctionalInterface
public interface PullListener {

  /**
   * Reports how far one resource type has come.
   *
   * @param resourceType the search's resource type, e.g. {@code MedicationRequest}
   * @param pages pages of this resource type fetched so far
   * @param resources resources of this type (matches and includes) received so far
   * @param done true on the last call for this resource type, when all its pages are in
   */
  void progress(String resourceType, int pages, long resources, boolean done);

  static PullListener none() {
    return (type, pages, resources, done) -> {};
  }
}
