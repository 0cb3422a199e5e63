package nl.spiegelbeeld.plugin.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.NictizProfiles;
import nl.spiegelbeeld.mappings.derive.Practice;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Turns a table-test patient written in a few JSON lines into the FHIR resources a Dutch HIS sends
 * (nl-core Patient and Problem, MP9 medication agreements, nl-core lab results), so that table
 * tests run the real mapping of fhir-mappings before the engine:
 *
 * <pre>{@code
 * {"patient": {"birthDate": "1950-01-01", "gender": "female"},
 *  "problems": [{"code": "L95", "onset": "2020-01-01"}],
 *  "agreements": [{"atc": "M05BA04", "start": "2020-01-01", "end": "2024-12-31"}],
 *  "labs": [{"analyte": "egfr", "date": "2026-01-01", "value": 45}]}
 * }</pre>
 *
 * <p>Patient: {@code birthDate} (missing: none), {@code gender}, {@code deceased} (dateTime),
 * {@code active}, {@code practice} ({@code own} or {@code other}). Problem: {@code code} (ICPC),
 * {@code onset}, {@code end}, {@code clinicalStatus}, {@code verification}, {@code episode} (also
 * an EpisodeOfCare). Agreement: {@code atc} or {@code prk} (G-Standaard, looked up in the test
 * table), {@code start}, {@code end} (the period end as written: a date or a dateTime such as
 * {@code 2026-08-24T21:59:59Z}), {@code days} (a nested duration instead of an end), {@code
 * noPeriod} (only {@code authoredOn}: the default coverage), {@code status}, {@code stopType},
 * {@code treatment}, {@code authoredOn}. Lab: {@code analyte} ({@code egfr}, {@code egfr-mdrd},
 * {@code creatinine}, {@code calcium}, {@code albumin}, {@code calcium-corrected}, {@code tsh},
 * {@code vitamin-d}), {@code date}, {@code value} (a number or a string such as {@code ">90"}).
 */
final class CaseResources {

  static final String OWN_ORGANIZATION = "Organization/org-eigen";
  static final String OWN_GP = "Practitioner/huisarts-eigen";

  /** The practice the table tests evaluate: the own Organization and its GP. */
  static final Practice PRACTICE = new Practice(Set.of(OWN_ORGANIZATION, OWN_GP), Set.of(), false);

  private static final Map<String, String[]> LAB_CODES =
      Map.of(
          "egfr", new String[] {CodeSystems.NHG_TABEL_45, "3583"},
          "egfr-mdrd", new String[] {CodeSystems.LOINC, "33914-3"},
          "creatinine", new String[] {CodeSystems.NHG_TABEL_45, "523"},
          "calcium", new String[] {CodeSystems.LOINC, "2000-8"},
          "albumin", new String[] {CodeSystems.LOINC, "1751-7"},
          "calcium-corrected", new String[] {CodeSystems.LOINC, "29265-6"},
          "tsh", new String[] {CodeSystems.LOINC, "3016-3"},
          "vitamin-d", new String[] {CodeSystems.LOINC, "14635-7"});

  private CaseResources() {}

  static List<Resource> of(String patientId, JsonNode c) {
    List<Resource> out = new ArrayList<>();
    out.add(patient(patientId, c.path("patient")));
    int n = 0;
    for (JsonNode p : c.path("problems")) {
      Condition condition = condition(patientId + "-c" + n, patientId, p);
      out.add(condition);
      if (p.path("episode").asBoolean(false)) {
        out.add(episode(patientId + "-e" + n, patientId, condition, p));
      }
      n++;
    }
    n = 0;
    for (JsonNode a : c.path("agreements")) {
      out.add(agreement(patientId + "-m" + n++, patientId, a));
    }
    n = 0;
    for (JsonNode l : c.path("labs")) {
      out.add(lab(patientId + "-l" + n++, patientId, l));
    }
    return out;
  }

  private static Patient patient(String id, JsonNode p) {
    Patient patient = new Patient();
    patient.setId(id);
    if (p.has("birthDate")) {
      patient.setBirthDateElement(new DateType(p.get("birthDate").asText()));
    }
    patient.setGender(
        switch (p.path("gender").asText("female")) {
          case "male" -> AdministrativeGender.MALE;
          case "other" -> AdministrativeGender.OTHER;
          case "unknown" -> AdministrativeGender.UNKNOWN;
          default -> AdministrativeGender.FEMALE;
        });
    if (p.has("deceased")) {
      patient.setDeceased(new DateTimeType(p.get("deceased").asText()));
    }
    if (p.has("active")) {
      patient.setActive(p.get("active").asBoolean());
    }
    boolean own = !"other".equals(p.path("practice").asText("own"));
    patient.addGeneralPractitioner(
        new Reference(own ? OWN_GP : "Practitioner/huisarts-andere-praktijk"));
    patient.setManagingOrganization(
        new Reference(own ? OWN_ORGANIZATION : "Organization/org-andere-praktijk"));
    return patient;
  }

  private static Condition condition(String id, String patientId, JsonNode p) {
    Condition c = new Condition();
    c.setId(id);
    c.getMeta().addProfile(NictizProfiles.PROBLEM);
    c.setSubject(new Reference("Patient/" + patientId));
    c.setCode(new CodeableConcept(new Coding(CodeSystems.ICPC_1_NL, p.get("code").asText(), null)));
    if (p.has("onset")) {
      c.setOnset(new DateTimeType(p.get("onset").asText()));
    }
    if (p.has("end")) {
      c.setAbatement(new DateTimeType(p.get("end").asText()));
    }
    String clinical = p.path("clinicalStatus").asText(p.has("end") ? "inactive" : "active");
    c.setClinicalStatus(
        new CodeableConcept(new Coding(CodeSystems.CONDITION_CLINICAL, clinical, null)));
    c.setVerificationStatus(
        new CodeableConcept(
            new Coding(
                CodeSystems.CONDITION_VERIFICATION,
                p.path("verification").asText("confirmed"),
                null)));
    return c;
  }

  private static EpisodeOfCare episode(
      String id, String patientId, Condition condition, JsonNode p) {
    EpisodeOfCare e = new EpisodeOfCare();
    e.setId(id);
    e.setPatient(new Reference("Patient/" + patientId));
    e.addDiagnosis()
        .setCondition(new Reference("Condition/" + condition.getIdElement().getIdPart()));
    e.setStatus(
        p.has("end")
            ? EpisodeOfCare.EpisodeOfCareStatus.FINISHED
            : EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
    Period period = new Period();
    if (p.has("onset")) {
      period.setStartElement(new DateTimeType(p.get("onset").asText()));
    }
    if (p.has("end")) {
      period.setEndElement(new DateTimeType(p.get("end").asText()));
    }
    e.setPeriod(period);
    return e;
  }

  private static MedicationRequest agreement(String id, String patientId, JsonNode a) {
    MedicationRequest mr = new MedicationRequest();
    mr.setId(id);
    mr.getMeta().addProfile(NictizProfiles.MEDICATION_AGREEMENT);
    mr.setSubject(new Reference("Patient/" + patientId));
    mr.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
    mr.addCategory(
        new CodeableConcept(
            new Coding(CodeSystems.SNOMED_CT, NictizProfiles.CATEGORY_MEDICATION_AGREEMENT, null)));
    CodeableConcept medication = new CodeableConcept();
    if (a.has("atc")) {
      medication.addCoding(new Coding(CodeSystems.ATC, a.get("atc").asText(), null));
    }
    if (a.has("prk")) {
      medication.addCoding(new Coding(CodeSystems.G_STANDAARD_PRK, a.get("prk").asText(), null));
    }
    mr.setMedication(medication);
    String start = a.get("start").asText();
    mr.setAuthoredOnElement(new DateTimeType(a.path("authoredOn").asText(start)));
    boolean stop = a.has("stopType");
    if (!a.path("noPeriod").asBoolean(false)) {
      Period period = new Period().setStartElement(new DateTimeType(start));
      if (a.has("end")) {
        period.setEndElement(new DateTimeType(a.get("end").asText()));
      }
      if (a.has("days")) {
        Duration duration = new Duration();
        duration.setValue(a.get("days").asInt()).setSystem(CodeSystems.UCUM).setCode("d");
        period.addExtension(NictizProfiles.EXT_DURATION_R4, duration);
      }
      if (!stop || a.has("end") || a.has("days")) {
        mr.addExtension(new Extension(NictizProfiles.EXT_PERIOD_OF_USE_R4, period));
      }
    }
    if (stop) {
      mr.addModifierExtension(
          new Extension(
              NictizProfiles.EXT_STOP_TYPE_R4,
              new CodeableConcept(
                  new Coding(CodeSystems.SNOMED_CT, a.get("stopType").asText(), null))));
    }
    if (a.has("reason")) {
      JsonNode reason = a.get("reason");
      mr.addReasonCode(
          new CodeableConcept(
              new Coding(
                  reason.get("system").asText(),
                  reason.get("code").asText(),
                  reason.path("display").asText(null))));
    }
    if (a.has("treatment")) {
      mr.addExtension(
          NictizProfiles.EXT_TREATMENT_IDENTIFIER_R4,
          new Identifier()
              .setSystem("urn:oid:2.16.840.1.113883.2.4.3.11.999.77.1")
              .setValue(a.get("treatment").asText()));
    }
    mr.setStatus(
        MedicationRequest.MedicationRequestStatus.fromCode(
            a.path("status").asText(stop ? "stopped" : "completed")));
    return mr;
  }

  private static Observation lab(String id, String patientId, JsonNode l) {
    Observation o = new Observation();
    o.setId(id);
    o.getMeta().addProfile(NictizProfiles.LABORATORY_TEST_RESULT);
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setSubject(new Reference("Patient/" + patientId));
    String[] code = LAB_CODES.get(l.get("analyte").asText());
    if (code == null) {
      throw new IllegalArgumentException("unknown analyte " + l.get("analyte"));
    }
    o.setCode(new CodeableConcept(new Coding(code[0], code[1], null)));
    o.setEffective(new DateTimeType(l.get("date").asText()));
    JsonNode value = l.get("value");
    if (value.isNumber()) {
      o.setValue(new Quantity().setValue(new BigDecimal(value.asText())));
    } else {
      o.setValue(new StringType(value.asText()));
    }
    return o;
  }
}
