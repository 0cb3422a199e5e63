/** Stratifiers: one-dimensional breakdowns of an indicator's populations (indicators.md §4). */
package nl.spiegelbeeld.plugin.indicator.strata;
