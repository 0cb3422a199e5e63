package nl.spiegelbeeld.plugin.pull;

import java.time.Duration;
import java.util.Objects;

/**
 * How a pull talks to the server.
 *
 * @param pageSize the {@code _count} asked for; servers cap it to their own maximum
 * @param maxUrlLength the longest request URL sent (OR'ed codes are split to stay under it)
 * @param parallelism how many searches run at once
 * @param medicationYears how many years of medication agreements before the peildatum
 * @param retry how transient faults are retried
 * @param mode searches, Bulk Data {@code $export}, or Bulk Data for large endpoints
 * @param bulkThreshold in {@link Mode#AUTO}: from how many patients on the endpoint Bulk Data is
 *     used
 * @param bulkMaxWait how long a Bulk Data export may take before the pull is incomplete
 * @param labsByAnalyte one Observation search per analyte (its NHG and LOINC codes OR'ed) instead
 *     of one for all lab codes, so that the largest search's pages come in parallel (see
 *     docs/performance.md)
 */
public record PullOptions(
    int pageSize,
    int maxUrlLength,
    int parallelism,
    int medicationYears,
    RetryPolicy retry,
    Mode mode,
    int bulkThreshold,
    Duration bulkMaxWait,
    boolean labsByAnalyte) {

  /** How the data is fetched. */
  public enum Mode {
    /** Searches by code, paged (always possible). */
    SEARCH,
    /** Bulk Data {@code $export}; a server without it is refused. */
    BULK,
    /**
     * Bulk Data when the server offers it and holds at least {@code bulkThreshold} patients,
     * otherwise the searches.
     */
    AUTO
  }

  public PullOptions {
    if (pageSize < 1 || maxUrlLength < 256 || parallelism < 1 || medicationYears < 15) {
      throw new IllegalArgumentException(
          "pageSize ≥ 1, maxUrlLength ≥ 256, parallelism ≥ 1, medicationYears ≥ 15");
    }
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(bulkMaxWait, "bulkMaxWait");
    if (bulkThreshold < 0) {
      throw new IllegalArgumentException("bulkThreshold ≥ 0");
    }
  }

  /**
   * Pages of 1000, URLs up to 4000 characters (below the 4 KB to 8 KB request lines common servers
   * and proxies accept), four searches at once, 15 years of medication, one lab search per analyte
   * (about twice as fast for a 20,000-patient practice, docs/performance.md); searches, not Bulk
   * Data (an export waits for the server's queue, which a GP waiting for the screen should not).
   */
  public static PullOptions standard() {
    return new PullOptions(
        1000, 4000, 4, 15, RetryPolicy.standard(), Mode.SEARCH, 10_000, Duration.ofHours(2), true);
  }

  public PullOptions withMode(Mode m) {
    return new PullOptions(
        pageSize,
        maxUrlLength,
        parallelism,
        medicationYears,
        retry,
        m,
        bulkThreshold,
        bulkMaxWait,
        labsByAnalyte);
  }

  /** {@link Mode#AUTO} uses Bulk Data from this many patients on the endpoint. */
  public PullOptions withBulkThreshold(int patients) {
    return new PullOptions(
        pageSize,
        maxUrlLength,
        parallelism,
        medicationYears,
        retry,
        mode,
        patients,
        bulkMaxWait,
        labsByAnalyte);
  }

  public PullOptions withLabsByAnalyte(boolean byAnalyte) {
    return new PullOptions(
        pageSize,
        maxUrlLength,
        parallelism,
        medicationYears,
        retry,
        mode,
        bulkThreshold,
        bulkMaxWait,
        byAnalyte);
  }

  public PullOptions withRetry(RetryPolicy policy) {
    return new PullOptions(
        pageSize,
        maxUrlLength,
        parallelism,
        medicationYears,
        policy,
        mode,
        bulkThreshold,
        bulkMaxWait,
        labsByAnalyte);
  }

  public PullOptions withParallelism(int n) {
    return new PullOptions(
        pageSize,
        maxUrlLength,
        n,
        medicationYears,
        retry,
        mode,
        bulkThreshold,
        bulkMaxWait,
        labsByAnalyte);
  }

  public PullOptions withPageSize(int n) {
    return new PullOptions(
        n,
        maxUrlLength,
        parallelism,
        medicationYears,
        retry,
        mode,
        bulkThreshold,
        bulkMaxWait,
        labsByAnalyte);
  }

  public PullOptions withMaxUrlLength(int n) {
    return new PullOptions(
        pageSize,
        n,
        parallelism,
        medicationYears,
        retry,
        mode,
        bulkThreshold,
        bulkMaxWait,
        labsByAnalyte);
  }
}
