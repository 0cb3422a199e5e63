/**
 * The criteria indicator definitions are written in: a sealed interface with one record per kind,
 * each evaluated on a {@link nl.spiegelbeeld.plugin.indicator.criteria.PatientView} with the
 * definition's {@link nl.spiegelbeeld.plugin.indicator.criteria.Parameters}. Every rule of
 * indicators.md §1 comes from fhir-mappings; these records only combine them.
 */
package nl.spiegelbeeld.plugin.indicator.criteria;
