package nl.spiegelbeeld.mappings.mapping;

import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.AGREEMENT_END_BEFORE_START;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.AGREEMENT_WITHOUT_START;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.ENTERED_IN_ERROR;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.MEDICATION_EXCLUDED_PRODUCT;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.NO_PATIENT;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.STOP_TYPE_UNKNOWN;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.codes.NictizProfiles;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.Category;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.mapping.MappingResult.IgnoreReason;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;

/**
 * MedicationRequest (MP9 mp-MedicationAgreement, zib2017 shapes on R4, or generic R4) → {@link
 * MedicationAgreementFact} (indicators.md §1, Medication agreements).
 *
 * <p>Used: category 33633005 or 16076005 or none (another category that is not a dispense request
 * is used too: a generic R4 {@code community} prescription is an agreement). Ignored: dispense
 * requests (52711000146108); status {@code entered-in-error} (also counted), {@code cancelled},
 * {@code draft}; {@code doNotPerform = true}; intent other than order/original-order/plan (a
 * missing intent is used); products the G-Standaard table excludes (counted).
 */
public final class MedicationRequestMapper {

  private static final String TYPE = "MedicationRequest";
  private static final Set<String> AGREEMENT_CATEGORIES =
      Set.of(
          NictizProfiles.CATEGORY_MEDICATION_AGREEMENT,
          NictizProfiles.CATEGORY_MEDICATION_AGREEMENT_STU3);
  private static final Set<MedicationRequestStatus> STATUS_NOT_USED =
      Set.of(
          MedicationRequestStatus.ENTEREDINERROR,
          MedicationRequestStatus.CANCELLED,
          MedicationRequestStatus.DRAFT);
  private static final Set<MedicationRequestIntent> INTENTS_USED =
      Set.of(
          MedicationRequestIntent.ORDER,
          MedicationRequestIntent.ORIGINALORDER,
          MedicationRequestIntent.PLAN);

  private final MedicationClassifier classifier;
  private final UsePeriods usePeriods;

  /**
   * A mapper with the practice's configuration.
   *
   * @param gStandaard the practice's G-Standaard → ATC table ({@link GStandaardAtcTable#empty()}
   *     when it has none)
   * @param coverage the default coverage parameter (rule 4)
   */
  public MedicationRequestMapper(GStandaardAtcTable gStandaard, DefaultCoverage coverage) {
    this.classifier = new MedicationClassifier(gStandaard);
    this.usePeriods = new UsePeriods(coverage);
  }

  /** Indexes Medications (pulled with {@code _include} or separately) by their local id. */
  public static Map<String, Medication> index(Collection<Medication> medications) {
    return medications.stream()
        .filter(m -> FhirValues.id(m) != null)
        .collect(Collectors.toMap(FhirValues::id, Function.identity(), (a, b) -> a));
  }

  /**
   * Maps one MedicationRequest.
   *
   * @param medicationsById Medications of the same server by local id ({@link #index}), for {@code
   *     medicationReference}
   */
  public MappingResult<MedicationAgreementFact> map(
      MedicationRequest request, Map<String, Medication> medicationsById) {
    String id = FhirValues.id(request);
    List<RegistrationProblem> problems = new ArrayList<>();
    Optional<IgnoreReason> ignored = ignoreReason(request);
    if (ignored.isPresent()) {
      if (request.getStatus() == MedicationRequestStatus.ENTEREDINERROR) {
        problems.add(RegistrationProblem.of(ENTERED_IN_ERROR, TYPE, id));
      }
      return MappingResult.ignored(ignored.get(), problems);
    }
    Optional<String> patient = FhirValues.localId(request.getSubject(), "Patient");
    if (patient.isEmpty()) {
      return MappingResult.unusable(List.of(RegistrationProblem.of(NO_PATIENT, TYPE, id)));
    }
    MedicationClassifier.Classification medication = classifier.classify(request, medicationsById);
    if (medication.exclusion() != null) {
      problems.add(
          new RegistrationProblem(
              MEDICATION_EXCLUDED_PRODUCT, TYPE, id, medication.from().toString()));
      return MappingResult.ignored(IgnoreReason.EXCLUDED_PRODUCT, problems);
    }
    if (medication.problem() != null) {
      problems.add(new RegistrationProblem(medication.problem(), TYPE, id, medication.detail()));
    }
    StopTypes.Read stop = StopTypes.read(request);
    if (stop.unknownCode() != null) {
      problems.add(new RegistrationProblem(STOP_TYPE_UNKNOWN, TYPE, id, stop.unknownCode()));
    }
    UsePeriods.UsePeriod period = usePeriods.resolve(request, medication.atc(), stop.stopType());
    period.problems().forEach(k -> problems.add(RegistrationProblem.of(k, TYPE, id)));
    if (period.start() == null) {
      problems.add(RegistrationProblem.of(AGREEMENT_WITHOUT_START, TYPE, id));
      return MappingResult.unusable(problems);
    }
    if (period.endExclusive() != null && !period.endExclusive().isAfter(period.start())) {
      problems.add(RegistrationProblem.of(AGREEMENT_END_BEFORE_START, TYPE, id));
      return MappingResult.unusable(problems);
    }
    MedicationAgreementFact fact =
        new MedicationAgreementFact(
            id,
            patient.get(),
            medication.atc(),
            medication.from(),
            period.start(),
            period.endExclusive(),
            period.duration(),
            period.source(),
            request.hasStatus() ? request.getStatus().toCode() : null,
            request.hasIntent() ? request.getIntent().toCode() : null,
            category(request),
            stop.stopType(),
            treatmentId(request),
            AmsterdamDates.asStart(request.getAuthoredOnElement()).orElse(null),
            reason(request));
    return MappingResult.of(fact, problems);
  }

  private static Optional<IgnoreReason> ignoreReason(MedicationRequest request) {
    if (categoryCodes(request).contains(NictizProfiles.CATEGORY_DISPENSE_REQUEST)) {
      return Optional.of(IgnoreReason.DISPENSE_REQUEST);
    }
    if (request.hasStatus() && STATUS_NOT_USED.contains(request.getStatus())) {
      return Optional.of(IgnoreReason.STATUS_NOT_USED);
    }
    if (request.getDoNotPerform()) {
      return Optional.of(IgnoreReason.DO_NOT_PERFORM);
    }
    if (request.hasIntent() && !INTENTS_USED.contains(request.getIntent())) {
      return Optional.of(IgnoreReason.INTENT_NOT_USED);
    }
    return Optional.empty();
  }

  private static Category category(MedicationRequest request) {
    List<String> codes = categoryCodes(request);
    if (codes.stream().anyMatch(AGREEMENT_CATEGORIES::contains)) {
      return Category.MEDICATION_AGREEMENT;
    }
    return request.hasCategory() ? Category.OTHER : Category.NONE;
  }

  /** The SNOMED codes among the categories. */
  private static List<String> categoryCodes(MedicationRequest request) {
    return FhirValues.codes(request.getCategory()).stream()
        .filter(c -> CodeSystems.SNOMED_CT.equals(c.system()))
        .map(Code::code)
        .toList();
  }

  /** The first coded {@code reasonCode} (MP9: reden wijzigen of staken), or {@code null}. */
  private static MedicationAgreementFact.Reason reason(MedicationRequest request) {
    for (var concept : request.getReasonCode()) {
      for (var coding : concept.getCoding()) {
        if (coding.hasCode() && !coding.getCode().isBlank()) {
          Code code = new Code(coding.getSystem(), coding.getCode());
          String display = coding.hasDisplay() ? coding.getDisplay().trim() : code.code();
          return new MedicationAgreementFact.Reason(code, display);
        }
      }
    }
    return null;
  }

  private static String treatmentId(MedicationRequest request) {
    return UsePeriods.extensionValue(
            request,
            Identifier.class,
            NictizProfiles.EXT_TREATMENT_IDENTIFIER_R4,
            NictizProfiles.EXT_TREATMENT_IDENTIFIER_STU3)
        .filter(Identifier::hasValue)
        .map(i -> (i.hasSystem() ? CodeSystems.canonical(i.getSystem()) : "") + "|" + i.getValue())
        .orElse(null);
  }
}
