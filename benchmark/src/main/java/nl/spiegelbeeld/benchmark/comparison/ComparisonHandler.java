package nl.spiegelbeeld.benchmark.comparison;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.benchmark.auth.Caller;
import nl.spiegelbeeld.benchmark.group.GroupStore;
import nl.spiegelbeeld.benchmark.group.PeerGroup;
import nl.spiegelbeeld.benchmark.group.UnknownGroups;
import nl.spiegelbeeld.benchmark.measure.MeasureStore;
import nl.spiegelbeeld.benchmark.practice.Practice;
import nl.spiegelbeeld.benchmark.web.ApiProblem;

/**
 * {@code GET /groups/{id}/comparisons} (a group the caller belongs to) and {@code GET /comparisons}
 * (regional over {@code groups=1,2,...}, or national without; any registered practice, under the
 * disclosure rule).
 */
public final class ComparisonHandler {

  private final MeasureStore measures;
  private final GroupStore groups;
  private final ComparisonStore results;

  public ComparisonHandler(MeasureStore measures, GroupStore groups, ComparisonStore results) {
    this.measures = measures;
    this.groups = groups;
    this.results = results;
  }

  public void group(Context ctx) {
    Practice caller = Caller.of(ctx).practice();
    PeerGroup group = memberGroup(ctx.pathParam("id"), caller);
    ComparisonQuery q = ComparisonQuery.read(ctx, measures);
    List<ResultRow> rows =
        results.ofPractices(
            q.measure().url(), q.groupCode(), group.members().stream().map(Practice::id).toList());
    ctx.json(
        GroupComparison.of(
            group, caller.id(), q.measure(), q.groupCode(), q.start(), q.end(), rows));
  }

  public void regional(Context ctx) {
    ComparisonQuery q = ComparisonQuery.read(ctx, measures);
    List<Long> groupIds = groupIds(ctx.queryParam("groups"));
    if (groupIds.size() == 1) {
      throw ApiProblem.badRequest(
          "Een regionaal overzicht gaat over meerdere groepen (groups=1,2); de cijfers van uw eigen"
              + " groep staan onder /groups/{id}/comparisons.");
    }
    Optional<Set<Long>> inScope = Optional.empty();
    if (!groupIds.isEmpty()) {
      try {
        inScope = Optional.of(groups.memberIds(groupIds));
      } catch (UnknownGroups e) {
        throw ApiProblem.notFound(e.getMessage());
      }
    }
    List<ResultRow> rows =
        results.ofPeriod(
            q.measure().url(), q.measure().version(), q.groupCode(), q.start(), q.end(), inScope);
    ctx.json(
        RegionalComparison.of(
            new GroupComparison.MeasureInfo(
                q.measure().url(),
                q.measure().version(),
                q.groupCode(),
                q.measure().title(),
                q.measure().improvementNotation()),
            new GroupComparison.PeriodInfo(q.start().toString(), q.end().toString()),
            groupIds,
            rows,
            q.measure().improvementNotation().equals("decrease"),
            q.measure().ranked()));
  }

  private PeerGroup memberGroup(String id, Practice caller) {
    long groupId;
    try {
      groupId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("Er is geen groep met nummer '" + id + "'.");
    }
    PeerGroup group =
        groups
            .find(groupId)
            .orElseThrow(() -> ApiProblem.notFound("Er is geen groep met nummer " + id + "."));
    if (!group.hasMember(caller.id())) {
      throw ApiProblem.forbidden(
          "Uw praktijk is geen lid van deze groep; u ziet alleen de groepen waar u lid van bent.");
    }
    return group;
  }

  private static List<Long> groupIds(String value) {
    List<Long> ids = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return ids;
    }
    for (String part : value.split(",")) {
      try {
        ids.add(Long.parseLong(part.strip()));
      } catch (NumberFormatException e) {
        throw ApiProblem.badRequest(
            "Geef de groepen als groups=1,2,3 (nummers uit GET /groups); '"
                + part
                + "' is geen"
                + " nummer.");
      }
    }
    return ids;
  }
}
