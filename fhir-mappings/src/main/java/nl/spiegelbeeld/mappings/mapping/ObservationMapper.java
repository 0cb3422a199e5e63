package nl.spiegelbeeld.mappings.mapping;

import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.ENTERED_IN_ERROR;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.LAB_VALUE_NOT_NUMERIC;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.LAB_WITHOUT_DATE;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.LAB_WITHOUT_VALUE;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.NO_PATIENT;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.UNKNOWN_LAB_CODE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.mapping.MappingResult.IgnoreReason;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Observation (nl-core-LaboratoryTestResult, gp-LaboratoryResult shapes, generic R4) → {@link
 * LabFact} (indicators.md §1, Lab values): a code of an analyte list (NHG Tabel 45 in either system
 * spelling, or LOINC), status final/amended/corrected/preliminary, a date, a value.
 */
public final class ObservationMapper {

  private static final String TYPE = "Observation";
  private static final Set<ObservationStatus> STATUSES_USED =
      Set.of(
          ObservationStatus.FINAL,
          ObservationStatus.AMENDED,
          ObservationStatus.CORRECTED,
          ObservationStatus.PRELIMINARY);

  /** The analyte lists the standard mapper uses, in matching order. */
  public static final List<String> STANDARD_ANALYTES =
      List.of(
          CodeListNames.LAB_EGFR,
          CodeListNames.LAB_CREATININE,
          CodeListNames.LAB_CALCIUM,
          CodeListNames.LAB_ALBUMIN,
          CodeListNames.LAB_CALCIUM_CORRECTED,
          CodeListNames.LAB_TSH,
          CodeListNames.LAB_VITAMIN_D);

  private final List<CodeList> analytes;
  private final boolean reportUnknownCodes;

  /**
   * A mapper for the given analytes.
   *
   * @param analytes one code list per analyte; an Observation is the first analyte it matches
   * @param reportUnknownCodes count an Observation in none of the lists as {@code UNKNOWN_LAB_CODE}
   *     (useful only when the pull was not already narrowed by code)
   */
  public ObservationMapper(List<CodeList> analytes, boolean reportUnknownCodes) {
    this.analytes = List.copyOf(analytes);
    this.reportUnknownCodes = reportUnknownCodes;
  }

  /** The mapper for the shipped analytes ({@link #STANDARD_ANALYTES}). */
  public static ObservationMapper standard(CodeLists lists, boolean reportUnknownCodes) {
    return new ObservationMapper(
        STANDARD_ANALYTES.stream().map(lists::get).toList(), reportUnknownCodes);
  }

  public MappingResult<LabFact> map(Observation observation) {
    String id = FhirValues.id(observation);
    List<Code> codes = FhirValues.codes(observation.getCode());
    Optional<CodeList> analyte = analytes.stream().filter(l -> l.containsAny(codes)).findFirst();
    if (analyte.isEmpty()) {
      List<RegistrationProblem> problems =
          reportUnknownCodes
              ? List.of(
                  new RegistrationProblem(
                      UNKNOWN_LAB_CODE, TYPE, id, codes.isEmpty() ? null : codes.get(0).toString()))
              : List.of();
      return MappingResult.ignored(IgnoreReason.CODE_NOT_IN_CODE_LISTS, problems);
    }
    if (!observation.hasStatus() || !STATUSES_USED.contains(observation.getStatus())) {
      List<RegistrationProblem> problems =
          observation.getStatus() == ObservationStatus.ENTEREDINERROR
              ? List.of(RegistrationProblem.of(ENTERED_IN_ERROR, TYPE, id))
              : List.of();
      return MappingResult.ignored(IgnoreReason.STATUS_NOT_USED, problems);
    }
    Optional<String> patient = FhirValues.localId(observation.getSubject(), "Patient");
    if (patient.isEmpty()) {
      return MappingResult.unusable(List.of(RegistrationProblem.of(NO_PATIENT, TYPE, id)));
    }
    Optional<LocalDate> date = date(observation.getEffective());
    if (date.isEmpty()) {
      return MappingResult.unusable(List.of(RegistrationProblem.of(LAB_WITHOUT_DATE, TYPE, id)));
    }
    Type value = observation.getValue();
    String name = analyte.get().name();
    List<RegistrationProblem> problems = new ArrayList<>();
    LabFact fact;
    if (value instanceof Quantity q && q.hasValue()) {
      LabValues.Parsed parsed = LabValues.of(q).orElseThrow();
      String unit = q.hasUnit() ? q.getUnit() : q.getCode();
      fact = fact(id, patient.get(), name, codes, date.get(), parsed, unit, null);
    } else if (value instanceof IntegerType i && i.getValue() != null) {
      LabValues.Parsed parsed =
          new LabValues.Parsed(BigDecimal.valueOf(i.getValue()), LabFact.Comparator.NONE);
      fact = fact(id, patient.get(), name, codes, date.get(), parsed, null, null);
    } else if (value instanceof StringType s && s.hasValue()) {
      Optional<LabValues.Parsed> parsed = LabValues.parse(s.getValue());
      if (parsed.isEmpty()) {
        problems.add(RegistrationProblem.of(LAB_VALUE_NOT_NUMERIC, TYPE, id));
      }
      fact =
          fact(id, patient.get(), name, codes, date.get(), parsed.orElse(null), null, s.getValue());
    } else if (value == null || value.isEmpty() || value instanceof Quantity) {
      return MappingResult.unusable(List.of(RegistrationProblem.of(LAB_WITHOUT_VALUE, TYPE, id)));
    } else {
      return MappingResult.unusable(
          List.of(RegistrationProblem.of(LAB_VALUE_NOT_NUMERIC, TYPE, id)));
    }
    return MappingResult.of(fact, problems);
  }

  private static LabFact fact(
      String id,
      String patient,
      String analyte,
      List<Code> codes,
      LocalDate date,
      LabValues.Parsed parsed,
      String unit,
      String text) {
    return new LabFact(
        id,
        patient,
        analyte,
        codes,
        date,
        parsed == null ? null : parsed.value(),
        parsed == null ? LabFact.Comparator.NONE : parsed.comparator(),
        unit,
        text);
  }

  /** {@code effectiveDateTime}/{@code effectiveInstant}, or {@code effectivePeriod.start}. */
  private static Optional<LocalDate> date(Type effective) {
    if (effective instanceof BaseDateTimeType when) {
      return AmsterdamDates.asStart(when);
    }
    if (effective instanceof Period period) {
      return AmsterdamDates.asStart(period.getStartElement());
    }
    return Optional.empty();
  }
}
