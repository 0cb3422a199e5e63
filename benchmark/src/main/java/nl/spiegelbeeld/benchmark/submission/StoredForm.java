package nl.spiegelbeeld.benchmark.submission;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Reference;

/**
 * The form in which a checked report is stored: codes, counts, period and the measure, without the
 * labels a client may add (coding displays, concept texts, the reporter's display and reference,
 * resource id, meta and identifiers). What is stored is then exactly what was checked.
 */
final class StoredForm {

  private StoredForm() {}

  static MeasureReport of(MeasureReport checked) {
    MeasureReport r = checked.copy();
    r.setId((String) null);
    r.setMeta(null);
    r.getIdentifier().clear();
    Reference reporter = r.getReporter();
    reporter.setDisplay(null);
    reporter.setReference(null);
    stripLabels(r);
    return r;
  }

  /** Walks every child element and clears coding displays and concept texts. */
  private static void stripLabels(Base element) {
    if (element instanceof Coding c) {
      c.setDisplay(null);
    }
    if (element instanceof CodeableConcept cc) {
      cc.setText(null);
    }
    element.children().forEach(p -> p.getValues().forEach(StoredForm::stripLabels));
  }
}
