package nl.spiegelbeeld.benchmark.group;

import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.benchmark.practice.Practice;

/**
 * A wijkgroep / hagro and its members.
 *
 * @param id the database id, used in URLs
 * @param name the group's name
 * @param suppressionK cells 1 to k−1 are suppressed before upload (indicators.md section 5)
 * @param compareByName whether the members have agreed to see one another by name
 * @param members the member practices, by AGB code
 */
public record PeerGroup(
    long id, String name, int suppressionK, boolean compareByName, List<Practice> members) {

  public PeerGroup {
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
  }

  /**
   * How a member is shown to a viewer: by name when the group compares by name, and always the
   * viewer itself; otherwise "Praktijk n", numbered in the stable member order (by AGB code) so a
   * pseudonym means the same practice in every period.
   */
  public String label(Practice member, long viewerId) {
    if (compareByName || member.id() == viewerId) {
      return member.name();
    }
    return "Praktijk " + (members.indexOf(member) + 1);
  }

  public boolean hasMember(long practiceId) {
    return members.stream().anyMatch(p -> p.id() == practiceId);
  }
}
