package nl.spiegelbeeld.plugin.worklist;

import java.util.Arrays;
import java.util.Optional;
import nl.spiegelbeeld.plugin.api.Texts;

/** What came of reviewing a patient on a worklist: a closed list, so marks can be counted. */
public enum ReviewOutcome {
  GESTOPT("gestopt", "Gestopt", "Stopped"),
  BEWUST_DOORGEBRUIK("bewust-doorgebruik", "Bewust doorgebruik", "Continued deliberately"),
  AFSPRAAK_GEPLAND("afspraak-gepland", "Afspraak gepland", "Appointment planned"),
  BEHANDELING_GESTART("behandeling-gestart", "Behandeling gestart", "Treatment started"),
  REGISTRATIE_AANGEPAST("registratie-aangepast", "Registratie aangepast", "Record corrected"),
  NIET_VAN_TOEPASSING("niet-van-toepassing", "Niet van toepassing", "Not applicable"),
  ANDERS("anders", "Anders (zie notitie)", "Other (see note)");

  private final String code;
  private final Texts label;

  ReviewOutcome(String code, String nl, String en) {
    this.code = code;
    this.label = new Texts(nl, en);
  }

  /** The stable code stored and sent as JSON, e.g. {@code afspraak-gepland}. */
  public String code() {
    return code;
  }

  public Texts label() {
    return label;
  }

  public static Optional<ReviewOutcome> fromCode(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
  }
}
