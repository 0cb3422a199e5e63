package nl.spiegelbeeld.plugin.pull;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import ca.uhn.fhir.context.FhirContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.math.BigDecimal;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.NictizProfiles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A small FHIR R4 practice endpoint on WireMock: CapabilityStatement, one practice, its Patients,
 * and per search a bundle. Resources are built with HAPI and encoded as the server would.
 */
final class FhirStubs {

  static final String ORG = "Organization/org-1";
  static final String AGB = "01234567";

  private static final FhirContext FHIR = FhirContext.forR4Cached();

  private FhirStubs() {}

  static String capabilityStatement(String fhirVersion, boolean medicationChain) {
    String medication =
        medicationChain
            ? "{\"name\":\"medication\",\"type\":\"reference\",\"documentation\":"
                + "\"Reference, or chained medication.code=system|code\"},"
            : "";
    return """
        {"resourceType":"CapabilityStatement","status":"active","kind":"instance",
         "fhirVersion":"%s","format":["json"],
         "rest":[{"mode":"server","resource":[
           {"type":"Patient","searchParam":[{"name":"organization","type":"reference"}]},
           {"type":"Organization","searchParam":[{"name":"identifier","type":"token"}]},
           {"type":"PractitionerRole","searchParam":[{"name":"organization","type":"reference"}],
            "searchInclude":["PractitionerRole:practitioner"]},
           {"type":"Condition","searchParam":[{"name":"code","type":"token"}],
            "searchRevInclude":["EpisodeOfCare:condition"]},
           {"type":"Observation","searchParam":[{"name":"code","type":"token"}]},
           {"type":"MedicationRequest","searchParam":[%s
             {"name":"authoredon","type":"date"}],
            "searchInclude":["MedicationRequest:medication"]}
         ]}]}
        """
        .formatted(fhirVersion, medication);
  }

  /** Metadata, the practice (one Organization with an AGB code) and no staff. */
  static void practice(WireMockServer server, boolean medicationChain) {
    server.stubFor(
        json(get(urlPathEqualTo("/fhir/metadata")), capabilityStatement("4.0.1", medicationChain)));
    server.stubFor(
        json(get(urlPathEqualTo("/fhir/Organization")), bundle(List.of(organization()), null)));
    server.stubFor(json(get(urlPathEqualTo("/fhir/PractitionerRole")), bundle(List.of(), null)));
  }

  static MappingBuilder json(MappingBuilder request, String body) {
    return request.willReturn(
        aResponse().withHeader("Content-Type", "application/fhir+json").withBody(body));
  }

  static String bundle(List<? extends Resource> resources, String next) {
    Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    for (Resource r : resources) {
      b.addEntry().setResource(r);
    }
    if (next != null) {
      b.addLink().setRelation(Bundle.LINK_NEXT).setUrl(next);
    }
    return FHIR.newJsonParser().encodeResourceToString(b);
  }

  static Organization organization() {
    Organization o = new Organization();
    o.setId("org-1");
    o.setName("Praktijk Test");
    o.addIdentifier().setSystem(CodeSystems.AGB_Z).setValue(AGB);
    return o;
  }

  static Patient patient(String id, String birthDate, String organization) {
    Patient p = new Patient();
    p.setId(id);
    p.setGender(AdministrativeGender.FEMALE);
    p.setBirthDateElement(new DateType(birthDate));
    p.setActive(true);
    p.addName(new HumanName().setFamily("Jansen").addGiven("Anna"));
    p.addIdentifier().setSystem("urn:oid:2.16.840.1.113883.2.4.6.99").setValue("nr-" + id);
    p.setManagingOrganization(new Reference(organization));
    return p;
  }

  static Condition osteoporosis(String id, String patient) {
    Condition c = new Condition();
    c.setId(id);
    c.setSubject(new Reference("Patient/" + patient));
    c.setCode(new CodeableConcept(new Coding(CodeSystems.ICPC_1_NL, "L95", null)));
    c.setOnset(new DateTimeType("2020-01-01"));
    c.setClinicalStatus(
        new CodeableConcept(new Coding(CodeSystems.CONDITION_CLINICAL, "active", null)));
    return c;
  }

  static Medication medication(String id, String atc) {
    Medication m = new Medication();
    m.setId(id);
    m.setCode(new CodeableConcept(new Coding(CodeSystems.ATC, atc, null)));
    return m;
  }

  static MedicationRequest agreement(String id, String patient, String medication) {
    MedicationRequest mr = new MedicationRequest();
    mr.setId(id);
    mr.setSubject(new Reference("Patient/" + patient));
    mr.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
    mr.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    mr.setMedication(new Reference("Medication/" + medication));
    mr.setAuthoredOnElement(new DateTimeType("2024-01-01"));
    mr.addExtension(
        new Extension(
            NictizProfiles.EXT_PERIOD_OF_USE_R4,
            new Period().setStartElement(new DateTimeType("2024-01-01"))));
    return mr;
  }

  static Observation egfr(String id, String patient, int value) {
    Observation o = new Observation();
    o.setId(id);
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setSubject(new Reference("Patient/" + patient));
    o.setCode(new CodeableConcept(new Coding(CodeSystems.NHG_TABEL_45, "3583", null)));
    o.setEffective(new DateTimeType("2026-06-01"));
    o.setValue(new Quantity().setValue(BigDecimal.valueOf(value)));
    return o;
  }
}
