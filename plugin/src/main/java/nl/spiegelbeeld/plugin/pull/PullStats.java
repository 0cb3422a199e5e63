package nl.spiegelbeeld.plugin.pull;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of one pull per resource type (the search's type): HTTP requests (retries included),
 * pages, bytes on the wire (compressed as received) and resources (matches and includes). For the
 * benchmark and the registration-quality view; thread-safe.
 */
public final class PullStats {

  /** The counts of one resource type. */
  public record TypeCounts(long requests, long pages, long bytes, long resources) {

    TypeCounts plus(TypeCounts o) {
      return new TypeCounts(
          requests + o.requests, pages + o.pages, bytes + o.bytes, resources + o.resources);
    }
  }

  private static final class Counters {
    final LongAdder requests = new LongAdder();
    final LongAdder pages = new LongAdder();
    final LongAdder bytes = new LongAdder();
    final LongAdder resources = new LongAdder();
  }

  private final Map<String, Counters> byType = new ConcurrentHashMap<>();

  void request(String type, long wireBytes) {
    Counters c = counters(type);
    c.requests.increment();
    c.bytes.add(wireBytes);
  }

  /** Bytes that arrived after the request was counted (a streamed file). */
  void bytes(String type, long wireBytes) {
    counters(type).bytes.add(wireBytes);
  }

  void page(String type, long resources) {
    Counters c = counters(type);
    c.pages.increment();
    c.resources.add(resources);
  }

  private Counters counters(String type) {
    return byType.computeIfAbsent(type, t -> new Counters());
  }

  /** The counts so far, by resource type in alphabetical order. */
  public Map<String, TypeCounts> byType() {
    Map<String, TypeCounts> out = new TreeMap<>();
    byType.forEach(
        (type, c) ->
            out.put(
                type,
                new TypeCounts(c.requests.sum(), c.pages.sum(), c.bytes.sum(), c.resources.sum())));
    return out;
  }

  /** The counts of all types together. */
  public TypeCounts total() {
    return byType().values().stream().reduce(new TypeCounts(0, 0, 0, 0), TypeCounts::plus);
  }
}
