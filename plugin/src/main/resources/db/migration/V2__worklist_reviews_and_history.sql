-- Worklist review marks and the local measurement history. Both stay in the practice's plugin
-- database: nothing here is ever sent to the benchmark.

-- A practice assistant's mark on one patient of one worklist: reviewed, with an outcome and a
-- short note. Keyed by practice so that one plugin database can serve several practices.
CREATE TABLE worklist_review (
    practice_agb  VARCHAR(8)   NOT NULL,
    worklist_id   VARCHAR(32)  NOT NULL,
    patient_id    VARCHAR(64)  NOT NULL,
    outcome       VARCHAR(32)  NOT NULL,
    note          VARCHAR(500) NOT NULL DEFAULT '',
    reviewed_by   VARCHAR(200),
    reviewed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (practice_agb, worklist_id, patient_id)
);

-- Summary counts of each complete measurement per indicator; the latest measurement of a
-- peildatum replaces an earlier one of the same peildatum and definition version.
CREATE TABLE measurement_history (
    practice_agb        VARCHAR(8)  NOT NULL,
    reference_date      DATE        NOT NULL,
    indicator_id        VARCHAR(32) NOT NULL,
    definition_version  VARCHAR(32) NOT NULL,
    numerator           INTEGER     NOT NULL CHECK (numerator >= 0),
    denominator         INTEGER     NOT NULL CHECK (denominator >= 0),
    measure_population  INTEGER     NOT NULL CHECK (measure_population >= 0),
    measured_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (practice_agb, reference_date, indicator_id, definition_version)
);

CREATE INDEX measurement_history_by_indicator
    ON measurement_history (practice_agb, indicator_id, reference_date);
