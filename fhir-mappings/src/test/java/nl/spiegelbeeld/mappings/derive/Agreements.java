package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.time.Period;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.Category;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.PeriodSource;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.StopType;

/** Medication agreement facts for derivation tests, written as briefly as the rules. */
final class Agreements {

  private final String id;
  private final String atc;
  private LocalDate start;
  private LocalDate endExclusive;
  private Period duration;
  private PeriodSource source = PeriodSource.PERIOD_OF_USE;
  private String status = "completed";
  private StopType stopType = StopType.NONE;
  private String treatment;
  private LocalDate authoredOn;
  private String patient = "pat-1";

  private Agreements(String id, String atc) {
    this.id = id;
    this.atc = atc;
  }

  /** An agreement with an explicit period {@code [start, endExclusive)}. */
  static Agreements agreement(String id, String atc, String start, String endExclusive) {
    Agreements a = new Agreements(id, atc);
    a.start = LocalDate.parse(start);
    a.endExclusive = LocalDate.parse(endExclusive);
    return a;
  }

  /** An active agreement with a start only. */
  static Agreements open(String id, String atc, String start) {
    Agreements a = new Agreements(id, atc);
    a.start = LocalDate.parse(start);
    a.status = "active";
    return a;
  }

  /** A stop agreement without period of use of its own, authored on {@code authoredOn}. */
  static Agreements stopOn(String id, String atc, String authoredOn) {
    Agreements a = new Agreements(id, atc);
    a.start = LocalDate.parse(authoredOn);
    a.authoredOn = a.start;
    a.stopType = StopType.STOP;
    a.source = PeriodSource.NONE;
    a.status = "stopped";
    return a;
  }

  Agreements duration(Period value) {
    this.endExclusive = null;
    this.duration = value;
    return this;
  }

  Agreements stopType(StopType value) {
    this.stopType = value;
    return this;
  }

  Agreements treatment(String value) {
    this.treatment = value;
    return this;
  }

  Agreements patient(String value) {
    this.patient = value;
    return this;
  }

  MedicationAgreementFact fact() {
    return new MedicationAgreementFact(
        id,
        patient,
        atc,
        null,
        start,
        endExclusive,
        duration,
        source,
        status,
        "order",
        Category.MEDICATION_AGREEMENT,
        stopType,
        treatment,
        authoredOn,
        null);
  }
}
