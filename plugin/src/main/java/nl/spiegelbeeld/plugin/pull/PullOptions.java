package nl.spiegelbeeld.plugin.pull;

import java.util.Objects;

/**
 * How a pull talks to the server.
 *
 * @param pageSize the {@code _count} asked for; servers cap it to their own maximum
 * @param maxUrlLength the longest request URL sent (OR'ed codes are split to stay under it)
 * @param parallelism how many searches run at once
 * @param medicationYears how many years of medication agreements before the peildatum
 * @param retry how transient faults are retried
 */
public record PullOptions(
    int pageSize, int maxUrlLength, int parallelism, int medicationYears, RetryPolicy retry) {

  public PullOptions {
    if (pageSize < 1 || maxUrlLength < 256 || parallelism < 1 || medicationYears < 15) {
      throw new IllegalArgumentException(
          "pageSize ≥ 1, maxUrlLength ≥ 256, parallelism ≥ 1, medicationYears ≥ 15");
    }
    Objects.requireNonNull(retry, "retry");
  }

  /**
   * Pages of 1000, URLs up to 4000 characters (below the 4 KB to 8 KB request lines common servers
   * and proxies accept), four searches at once, 15 years of medication.
   */
  public static PullOptions standard() {
    return new PullOptions(1000, 4000, 4, 15, RetryPolicy.standard());
  }

  public PullOptions withRetry(RetryPolicy policy) {
    return new PullOptions(pageSize, maxUrlLength, parallelism, medicationYears, policy);
  }

  public PullOptions withParallelism(int n) {
    return new PullOptions(pageSize, maxUrlLength, n, medicationYears, retry);
  }

  public PullOptions withPageSize(int n) {
    return new PullOptions(n, maxUrlLength, parallelism, medicationYears, retry);
  }

  public PullOptions withMaxUrlLength(int n) {
    return new PullOptions(pageSize, n, parallelism, medicationYears, retry);
  }
}
