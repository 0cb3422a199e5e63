package nl.spiegelbeeld.plugin.pull;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.plugin.practice.PatientLabel;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * How a worklist shows a patient: the name as a GP writes it ("J. de Vries"), the full birth date
 * and the practice's own patient number (an identifier that is not the BSN). Local only.
 */
final class PatientLabels {

  private PatientLabels() {}

  static PatientLabel of(Patient patient) {
    return new PatientLabel(name(patient), birthDate(patient), hisNumber(patient));
  }

  private static String name(Patient patient) {
    HumanName name = null;
    for (HumanName n : patient.getName()) {
      if (n.getUse() == HumanName.NameUse.OFFICIAL || name == null) {
        name = n;
      }
    }
    if (name == null) {
      return null;
    }
    if (name.hasFamily()) {
      String initials =
          name.getGiven().stream()
              .map(StringType::getValue)
              .filter(g -> g != null && !g.isBlank())
              .map(g -> g.charAt(0) + ".")
              .collect(Collectors.joining());
      return (initials.isEmpty() ? "" : initials + " ") + name.getFamily();
    }
    return name.hasText() ? name.getText() : null;
  }

  private static LocalDate birthDate(Patient patient) {
    if (!patient.hasBirthDate()
        || patient.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
      return null;
    }
    return LocalDate.parse(patient.getBirthDateElement().getValueAsString().substring(0, 10));
  }

  private static String hisNumber(Patient patient) {
    for (Identifier id : patient.getIdentifier()) {
      if (id.hasValue() && !CodeSystems.BSN.equals(CodeSystems.canonical(id.getSystem()))) {
        return id.getValue();
      }
    }
    return null;
  }
}
