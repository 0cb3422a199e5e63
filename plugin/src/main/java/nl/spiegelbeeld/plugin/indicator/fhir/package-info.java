/**
 * FHIR R4 exports: a {@code Measure} per definition, a DEQM-style summary {@code MeasureReport} and
 * a local subject-list {@code MeasureReport} per result.
 */
package nl.spiegelbeeld.plugin.indicator.fhir;
