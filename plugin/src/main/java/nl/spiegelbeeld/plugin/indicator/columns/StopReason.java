package nl.spiegelbeeld.plugin.indicator.columns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.derive.Episode;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.StopType;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;

/**
 * How the stop of the class's last episode was recorded (OST-06: "stop reason if coded"): the
 * latest agreement of the class dated from the episode's start to G days after its end that has a
 * stop type or a coded reason (MP9 {@code reasonCode}, reden wijzigen of staken). Value: the
 * reason's display, {@code geen reden} for a stop without reason, or {@code niet vastgelegd};
 * phrase {@code stop vastgelegd op 01-03-2025, reden: bijwerking}, {@code stop vastgelegd op
 * 01-03-2025, geen reden}, or {@code geen stop vastgelegd}.
 *
 * <pre>{@code {"type": "stopReason", "class": "atc-bisfosfonaten"}}</pre>
 */
public record StopReason(String atcClass) implements Column {

  public StopReason {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public String id() {
    return "stopReason";
  }

  @Override
  public String header() {
    return "stopreden";
  }

  @Override
  public Cell cell(ColumnContext context) {
    int g = context.parameters().gapDays();
    PatientView patient = context.patient();
    Optional<Episode> last = patient.lastEpisode(atcClass, g);
    if (last.isEmpty()) {
      return new Cell("", "");
    }
    LocalDate from = last.get().start();
    LocalDate to = last.get().endExclusive().plusDays(g);
    MedicationAgreementFact recorded = null;
    for (MedicationAgreementFact a : patient.agreements()) {
      LocalDate when = when(a);
      boolean stopOrReason = a.stopType() == StopType.STOP || a.reason() != null;
      if (stopOrReason
          && a.atc() != null
          && patient.terminology().inClass(atcClass, a.atc())
          && !when.isBefore(from)
          && when.isBefore(to)
          && (recorded == null || when.isAfter(when(recorded)))) {
        recorded = a;
      }
    }
    if (recorded == null) {
      return new Cell("niet vastgelegd", "geen stop vastgelegd");
    }
    String date = DutchText.date(when(recorded));
    if (recorded.reason() == null) {
      return new Cell("geen reden", "stop vastgelegd op " + date + ", geen reden");
    }
    String reason = recorded.reason().display();
    return new Cell(reason, "stop vastgelegd op " + date + ", reden: " + reason);
  }

  private static LocalDate when(MedicationAgreementFact a) {
    return a.authoredOn() != null ? a.authoredOn() : a.start();
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
