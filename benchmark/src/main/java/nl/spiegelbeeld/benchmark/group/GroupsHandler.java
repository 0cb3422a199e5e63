package nl.spiegelbeeld.benchmark.group;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import nl.spiegelbeeld.benchmark.auth.Caller;
import nl.spiegelbeeld.benchmark.practice.Practice;

/** {@code GET /groups}: the groups the calling practice belongs to, with their members. */
public final class GroupsHandler {

  private final GroupStore groups;

  public GroupsHandler(GroupStore groups) {
    this.groups = groups;
  }

  /** One group as its members see it. */
  public record GroupView(
      long id, String name, int suppressionK, boolean compareByName, List<Member> members) {}

  /** A member, labelled as in the comparisons ({@link PeerGroup#label}). */
  public record Member(String practice, boolean you) {}

  public void mine(Context ctx) {
    Practice caller = Caller.of(ctx).practice();
    List<GroupView> views = new ArrayList<>();
    for (PeerGroup g : groups.of(caller.id())) {
      List<Member> members = new ArrayList<>();
      for (Practice p : g.members()) {
        members.add(new Member(g.label(p, caller.id()), p.id() == caller.id()));
      }
      views.add(new GroupView(g.id(), g.name(), g.suppressionK(), g.compareByName(), members));
    }
    ctx.json(views);
  }
}
