/**
 * Indicator definitions as data: the records, the catalogue and the reading of the JSON files with
 * one explicit table per vocabulary ({@link
 * nl.spiegelbeeld.plugin.indicator.definition.CriterionTypes}, {@link
 * nl.spiegelbeeld.plugin.indicator.definition.StratifierTypes}, {@link
 * nl.spiegelbeeld.plugin.indicator.definition.ColumnTypes}).
 */
package nl.spiegelbeeld.plugin.indicator.definition;
