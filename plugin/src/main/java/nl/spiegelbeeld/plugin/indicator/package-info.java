/**
 * The indicator engine (architecture.md step 5; indicators.md v1). Definitions are data: one JSON
 * file per indicator in {@code resources/.../indicator/catalogue/<module>/<id>.json}, read and
 * checked at start-up by {@link nl.spiegelbeeld.plugin.indicator.definition.Catalogue#load()}.
 *
 * <ul>
 *   <li>{@code definition}: the definition records, the catalogue and the JSON reading with its
 *       explicit type tables (every problem collected, the catalogue refused on any);
 *   <li>{@code criteria}: the closed vocabulary of criteria (one record per kind) over a {@link
 *       nl.spiegelbeeld.plugin.indicator.criteria.PatientView}, which derives each patient once
 *       through fhir-mappings;
 *   <li>{@code strata} and {@code columns}: the closed vocabularies of stratifiers and worklist
 *       columns;
 *   <li>{@code engine}: pure evaluation of a practice's patients on a peildatum into counts,
 *       strata, subject lists, worklists and per-patient results;
 *   <li>{@code fhir}: definitions as {@code Measure}, results as {@code MeasureReport}.
 * </ul>
 */
package nl.spiegelbeeld.plugin.indicator;
