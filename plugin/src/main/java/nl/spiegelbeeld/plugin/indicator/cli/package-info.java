/** Command-line tools over the indicator catalogue (export for the benchmark operator). */
package nl.spiegelbeeld.plugin.indicator.cli;
