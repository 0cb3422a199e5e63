package nl.spiegelbeeld.mappings.codes;

import java.util.Collection;

/** A definition asked for a code list that is not shipped; the message lists the known names. */
public final class UnknownCodeList extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public UnknownCodeList(String name, Collection<String> known) {
    super("unknown code list '" + name + "'; known: " + String.join(", ", known));
  }
}
