package nl.spiegelbeeld.mappings.codes;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One clinical concept as a list of codes (a value set), read from a CSV file under {@code
 * codelists/} by {@link CodeLists}. Membership is exact on the canonical system and the code:
 * {@code L95} does not include {@code L95.01} (indicators.md §1, Problems), and an {@code urn:oid:}
 * spelling of a system matches its URI.
 */
public final class CodeList {

  /**
   * One row of a code list.
   *
   * @param source where the code comes from (reference.md section, NHG table, WHOCC, LOINC)
   */
  public record Entry(Code code, String display, String source) {
    public Entry {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(display, "display");
      Objects.requireNonNull(source, "source");
    }
  }

  private final String name;
  private final String version;
  private final String status;
  private final String title;
  private final List<Entry> entries;
  private final Set<Code> codes;

  /**
   * A code list; a code may appear once.
   *
   * @param name the file name without {@code .csv}, e.g. {@code icpc-osteoporose}; definitions
   *     refer to lists by this name
   * @param version the list's version (header {@code # version:})
   * @param status {@code final}, or {@code concept} while its codes are not verified
   * @param title a Dutch title for people
   * @param entries the codes, in file order; no code twice
   */
  public CodeList(String name, String version, String status, String title, List<Entry> entries) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.status = Objects.requireNonNull(status, "status");
    this.title = Objects.requireNonNull(title, "title");
    this.entries = List.copyOf(entries);
    if (this.entries.isEmpty()) {
      throw new IllegalArgumentException("code list " + name + " has no codes");
    }
    Set<Code> seen = new LinkedHashSet<>();
    for (Entry e : this.entries) {
      if (!seen.add(e.code())) {
        throw new IllegalArgumentException("code list " + name + " lists " + e.code() + " twice");
      }
    }
    this.codes = Set.copyOf(seen);
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  public String status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The codes of this list. */
  public Set<Code> codes() {
    return codes;
  }

  /** True when {@code system|code} is in this list (system compared in canonical spelling). */
  public boolean contains(String system, String code) {
    return code != null && !code.isBlank() && codes.contains(new Code(system, code));
  }

  public boolean contains(Code code) {
    return code != null && codes.contains(code);
  }

  /** True when any of {@code candidates} is in this list. */
  public boolean containsAny(Collection<Code> candidates) {
    return candidates.stream().anyMatch(this::contains);
  }

  @Override
  public String toString() {
    return name + " v" + version;
  }
}
