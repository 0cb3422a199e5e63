package nl.spiegelbeeld.benchmark.group;

import java.util.List;
import java.util.stream.Collectors;

/** Group ids that name no group. */
public final class UnknownGroups extends RuntimeException {

  public UnknownGroups(List<Long> ids) {
    super(
        "Er is geen groep met nummer "
            + ids.stream().map(String::valueOf).collect(Collectors.joining(", "))
            + "; de nummers staan in GET /groups.");
  }
}
