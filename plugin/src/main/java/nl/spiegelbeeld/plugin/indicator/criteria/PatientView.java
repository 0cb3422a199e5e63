package nl.spiegelbeeld.plugin.indicator.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import nl.spiegelbeeld.mappings.derive.ActiveProblems;
import nl.spiegelbeeld.mappings.derive.Age;
import nl.spiegelbeeld.mappings.derive.Episode;
import nl.spiegelbeeld.mappings.derive.Episodes;
import nl.spiegelbeeld.mappings.derive.ExposureInterval;
import nl.spiegelbeeld.mappings.derive.ExposureIntervals;
import nl.spiegelbeeld.mappings.derive.LabSeries;
import nl.spiegelbeeld.mappings.derive.TreatmentStarts;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.facts.Sex;

/**
 * One patient on peildatum P as every criterion sees it: the facts of fhir-mappings and what the
 * rules of indicators.md §1 derive from them, each derived once and kept for all indicators
 * (exposure intervals on P, intervals and episodes per class, active problems, the eGFR series).
 * Every derivation is delegated to fhir-mappings; this class only caches.
 *
 * <p>Not thread-safe: one view per patient per evaluation.
 */
public final class PatientView {

  private record Key(String kind, String first, String second, int number) {}

  private final PatientFacts patient;
  private final List<ProblemFact> problems;
  private final List<MedicationAgreementFact> agreements;
  private final List<LabFact> labs;
  private final LocalDate p;
  private final Terminology terminology;
  private final OptionalInt age;
  private final List<ExposureInterval> intervals;
  private final long[] classMasks;
  private final long anyClass;
  private final List<RegistrationProblem> problemsOnP;
  private final Map<Key, Object> cache = new HashMap<>();

  /**
   * The cached value of {@code key}, computed once. Not {@code computeIfAbsent}: a derivation may
   * itself use the cache (episodes use intervals), which a HashMap does not allow.
   */
  private Object cached(Key key, Supplier<Object> compute) {
    Object value = cache.get(key);
    if (value == null) {
      value = compute.get();
      cache.put(key, value);
    }
    return value;
  }

  private LabSeries egfr;

  /**
   * A view of one patient's facts on {@code p}.
   *
   * @param problems the patient's problem facts (Conditions and EpisodeOfCares)
   * @param agreements the patient's medication agreement facts
   * @param labs the patient's lab facts
   */
  public PatientView(
      PatientFacts patient,
      List<ProblemFact> problems,
      List<MedicationAgreementFact> agreements,
      List<LabFact> labs,
      LocalDate p,
      Terminology terminology) {
    this.patient = Objects.requireNonNull(patient, "patient");
    this.problems = problems;
    this.agreements = agreements;
    this.labs = labs;
    this.p = Objects.requireNonNull(p, "p");
    this.terminology = terminology;
    this.age = Age.onDate(patient.birthDate(), p);
    List<RegistrationProblem> found = new ArrayList<>();
    Age.problemOn(patient, p).ifPresent(found::add);
    if (agreements.isEmpty()) {
      this.intervals = List.of();
    } else {
      ExposureIntervals.Result result = ExposureIntervals.of(agreements, p);
      this.intervals = result.intervals();
      found.addAll(result.problems());
    }
    this.classMasks = new long[intervals.size()];
    long any = 0;
    for (int i = 0; i < classMasks.length; i++) {
      classMasks[i] = terminology.classMask(intervals.get(i).atc());
      any |= classMasks[i];
    }
    this.anyClass = any;
    this.problemsOnP = List.copyOf(found);
  }

  public PatientFacts patient() {
    return patient;
  }

  public String id() {
    return patient.id();
  }

  public Sex sex() {
    return patient.sex();
  }

  /** Completed years on P; empty without a usable birth date. */
  public OptionalInt age() {
    return age;
  }

  public LocalDate referenceDate() {
    return p;
  }

  public Terminology terminology() {
    return terminology;
  }

  public List<MedicationAgreementFact> agreements() {
    return agreements;
  }

  /** Registration problems found on P (birth date after P, open agreements over a year old). */
  public List<RegistrationProblem> problemsOnReferenceDate() {
    return problemsOnP;
  }

  /** Every exposure interval on P (start ≤ P, ends cut at P + 1). */
  public List<ExposureInterval> intervals() {
    return intervals;
  }

  /**
   * The intervals of a medication class, leaving out those also in {@code exceptClass} (or none
   * when it is {@code null}).
   */
  @SuppressWarnings("unchecked")
  public List<ExposureInterval> intervals(String atcClass, String exceptClass) {
    long bit = terminology.classBit(atcClass);
    if ((anyClass & bit) == 0) {
      return List.of();
    }
    long except = exceptClass == null ? 0L : terminology.classBit(exceptClass);
    return (List<ExposureInterval>)
        cached(
            new Key("intervals", atcClass, exceptClass, 0),
            () -> {
              List<ExposureInterval> result = new ArrayList<>();
              for (int i = 0; i < classMasks.length; i++) {
                if ((classMasks[i] & bit) != 0 && (classMasks[i] & except) == 0) {
                  result.add(intervals.get(i));
                }
              }
              return List.copyOf(result);
            });
  }

  public List<ExposureInterval> intervals(String atcClass) {
    return intervals(atcClass, null);
  }

  /** The episodes of a class merged across gaps of at most {@code gapDays}. */
  @SuppressWarnings("unchecked")
  public List<Episode> episodes(String atcClass, String exceptClass, int gapDays) {
    if ((anyClass & terminology.classBit(atcClass)) == 0) {
      return List.of();
    }
    return (List<Episode>)
        cached(
            new Key("episodes", atcClass, exceptClass, gapDays),
            () -> Episodes.merge(intervals(atcClass, exceptClass), gapDays));
  }

  public List<Episode> episodes(String atcClass, int gapDays) {
    return episodes(atcClass, null, gapDays);
  }

  /** The class's last episode (latest start). */
  public Optional<Episode> lastEpisode(String atcClass, int gapDays) {
    return Episodes.last(episodes(atcClass, gapDays));
  }

  /** The first treatment start of the class in {@code window} (indicators.md §1, FP start). */
  @SuppressWarnings("unchecked")
  public Optional<LocalDate> firstTreatmentStart(String atcClass, Window window) {
    if ((anyClass & terminology.classBit(atcClass)) == 0) {
      return Optional.empty();
    }
    return (Optional<LocalDate>)
        cached(
            new Key("start", atcClass, window.toString(), 0),
            () -> TreatmentStarts.firstIn(intervals(atcClass), window.firstDay(p), p));
  }

  /** The active problems on P with a code of {@code codeList}. */
  @SuppressWarnings("unchecked")
  public List<ProblemFact> activeProblems(String codeList) {
    if (problems.isEmpty()) {
      return List.of();
    }
    return (List<ProblemFact>)
        cached(
            new Key("problem", codeList, null, 0),
            () -> ActiveProblems.activeOn(problems, terminology.list(codeList), p));
  }

  public boolean hasActiveProblem(String codeList) {
    return !activeProblems(codeList).isEmpty();
  }

  /** The numeric lab values of an analyte (a code list name), by date. */
  public List<LabFact> labValues(String analyte) {
    if (labs.isEmpty()) {
      return List.of();
    }
    List<LabFact> result = new ArrayList<>();
    for (LabFact f : labs) {
      if (f.isNumeric() && f.analyte().equals(analyte)) {
        result.add(f);
      }
    }
    return result;
  }

  /** One eGFR per date (the lowest CKD-EPI value, else the lowest), by date. */
  public LabSeries egfr() {
    if (egfr == null) {
      egfr = LabSeries.egfrPerDate(labs, terminology.ckdEpi());
    }
    return egfr;
  }

  /** The eGFR series restricted to {@code window}. */
  public LabSeries egfrIn(Window window) {
    LabSeries all = egfr();
    return all.isEmpty() ? all : all.between(window.firstDay(p), p);
  }
}
