package nl.spiegelbeeld.mappings.codes;

/**
 * A code list or G-Standaard → ATC table that cannot be read: a missing column, an empty code, a
 * code listed twice or with two meanings. The message names the table and the line.
 */
public final class InvalidCodeTable extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidCodeTable(String message) {
    super(message);
  }

  public InvalidCodeTable(String message, Throwable cause) {
    super(message, cause);
  }
}
