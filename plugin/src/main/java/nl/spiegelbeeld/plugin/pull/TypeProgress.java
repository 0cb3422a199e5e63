package nl.spiegelbeeld.plugin.pull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the progress of the searches of one resource type (a type's codes may be split over
 * several searches), so that the listener hears per resource type, with {@code done} once, when the
 * type's last search has its last page.
 */
final class TypeProgress {

  private static final class Totals {
    int searchesLeft;
    int pages;
    long resources;
  }

  private final PullListener listener;
  private final Map<String, Totals> byType = new HashMap<>();
  private final Map<Object, long[]> bySearch = new HashMap<>();

  TypeProgress(PullListener listener, List<PullPlan.Search> searches) {
    this.listener = listener;
    for (PullPlan.Search s : searches) {
      byType.computeIfAbsent(s.resourceType(), t -> new Totals()).searchesLeft++;
    }
  }

  /** The listener for one search. */
  PullListener forSearch(PullPlan.Search search) {
    Object key = new Object();
    return (type, pages, resources, done) ->
        update(key, search.resourceType(), pages, resources, done);
  }

  private void update(Object key, String type, int pages, long resources, boolean done) {
    int typePages;
    long typeResources;
    boolean typeDone;
    synchronized (this) {
      long[] before = bySearch.computeIfAbsent(key, k -> new long[2]);
      Totals t = byType.get(type);
      t.pages += pages - (int) before[0];
      t.resources += resources - before[1];
      before[0] = pages;
      before[1] = resources;
      if (done) {
        t.searchesLeft--;
      }
      typePages = t.pages;
      typeResources = t.resources;
      typeDone = t.searchesLeft == 0;
    }
    listener.progress(type, typePages, typeResources, typeDone);
  }
}
