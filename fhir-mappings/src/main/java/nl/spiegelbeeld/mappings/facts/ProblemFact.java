package nl.spiegelbeeld.mappings.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.codes.Code;

/**
 * A problem (probleem / episode) as recorded by one source: a Condition, or an EpisodeOfCare with
 * the codes of the Conditions its {@code diagnosis} refers to. Whether it is active on a date is
 * decided in one place, {@code derive.ActiveProblems}.
 *
 * @param resourceId the Condition's or EpisodeOfCare's local id
 * @param patientId the Patient's local id
 * @param source which resource type it came from
 * @param codes every coding, systems canonical
 * @param onset local onset date (first day of a partial date), or {@code null} when absent
 * @param end local end date (last day of a partial date), or {@code null}
 * @param endedWithoutDate recorded as ended (clinicalStatus inactive/remission/resolved, episode
 *     {@code finished}, or an abatement that is not a date) without a usable end date
 * @param refuted Condition {@code verificationStatus = refuted}
 * @param enteredInError Condition {@code verificationStatus} or EpisodeOfCare {@code status} is
 *     {@code entered-in-error}
 * @param clinicalStatus the Condition's clinical status, or {@code null}
 * @param episodeStatus the EpisodeOfCare's status, or {@code null} for a Condition
 */
public record ProblemFact(
    String resourceId,
    String patientId,
    Source source,
    List<Code> codes,
    LocalDate onset,
    LocalDate end,
    boolean endedWithoutDate,
    boolean refuted,
    boolean enteredInError,
    ClinicalStatus clinicalStatus,
    EpisodeStatus episodeStatus) {

  /** The resource type a problem fact came from. */
  public enum Source {
    CONDITION,
    EPISODE_OF_CARE
  }

  /**
   * {@code Condition.clinicalStatus} (http://terminology.hl7.org/CodeSystem/condition-clinical).
   */
  public enum ClinicalStatus {
    ACTIVE,
    RECURRENCE,
    RELAPSE,
    INACTIVE,
    REMISSION,
    RESOLVED;

    /** Inactive, remission or resolved: ended, with or without an end date. */
    public boolean isEnded() {
      return this == INACTIVE || this == REMISSION || this == RESOLVED;
    }
  }

  /** {@code EpisodeOfCare.status}. */
  public enum EpisodeStatus {
    PLANNED,
    WAITLIST,
    ACTIVE,
    ONHOLD,
    FINISHED,
    CANCELLED,
    ENTERED_IN_ERROR
  }

  public ProblemFact {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(source, "source");
    codes = List.copyOf(codes);
  }
}
