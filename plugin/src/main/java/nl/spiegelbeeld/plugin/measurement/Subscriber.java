package nl.spiegelbeeld.plugin.measurement;

/**
 * Someone following a measurement, e.g. a browser on the server-sent events stream. {@link #send}
 * throws when the receiver is gone; the measurement then forgets it.
 */
interface Subscriber {

  /** Events: {@code progress} ({@link Progress}), {@code complete} and {@code failed}. */
  void send(String event, Object data);

  /** The measurement has ended; no events will follow. */
  void close();
}
