package nl.spiegelbeeld.benchmark.operator;

/** The operator's input cannot be used; the message says what to change (Dutch). */
final class OperatorInputRefused extends RuntimeException {

  OperatorInputRefused(String message) {
    super(message);
  }
}
