-- Benchmark storage, version 1: practices, peer groups (wijkgroepen), their members, and the
-- practices' submissions. Aggregates only: a submission is the summary MeasureReport a practice
-- confirmed (counts per indicator and shared stratum, small cells already suppressed by the
-- plugin; indicators.md section 5). Nothing patient-level is stored here.
-- Times are set by the service from its clock, not by database defaults.

-- A practice, known by its AGB code (the identity the plugin derives from the launch).
-- Its submissions are authenticated with its key: a JWKS URL or a JWK Set registered here.
CREATE TABLE practices (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agb_code      text        NOT NULL UNIQUE CHECK (agb_code ~ '^[0-9]{8}$'),
  name          text        NOT NULL CHECK (btrim(name) <> ''),
  jwks_url      text,
  jwks          jsonb       CHECK (jsonb_typeof(jwks -> 'keys') = 'array'),
  registered_at timestamptz NOT NULL,
  -- One source of keys; none yet means the practice cannot submit yet.
  CHECK (num_nonnulls(jwks_url, jwks) <= 1)
);

-- A wijkgroep / hagro. Its members have agreed on how they compare (indicators.md section 6).
CREATE TABLE peer_groups (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name            text        NOT NULL CHECK (btrim(name) <> ''),
  -- Cells 1 to k-1 are suppressed before upload; the group sets k (1: no suppression).
  suppression_k   integer     NOT NULL DEFAULT 5 CHECK (suppression_k >= 1),
  -- Members see one another's figures by practice name only once the group has agreed.
  compare_by_name boolean     NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL
);

CREATE TABLE peer_group_members (
  peer_group_id bigint      NOT NULL REFERENCES peer_groups (id),
  practice_id   bigint      NOT NULL REFERENCES practices (id),
  joined_at     timestamptz NOT NULL,
  PRIMARY KEY (peer_group_id, practice_id)
);

CREATE INDEX peer_group_members_practice ON peer_group_members (practice_id);

-- One practice's result for one indicator version and period. A resubmission marks the current
-- row superseded and adds a new one (one transaction). Rows are never updated otherwise nor
-- deleted, so what was compared at any time can be traced.
CREATE TABLE submissions (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  practice_id     bigint      NOT NULL REFERENCES practices (id),
  -- The Measure's canonical URL and version (MeasureReport.measure = url|version).
  measure_url     text        NOT NULL CHECK (measure_url <> ''),
  measure_version text        NOT NULL CHECK (measure_version <> ''),
  -- MeasureReport.period as local dates (Europe/Amsterdam).
  period_start    date        NOT NULL,
  period_end      date        NOT NULL,
  measure_report  jsonb       NOT NULL,
  received_at     timestamptz NOT NULL,
  superseded_at   timestamptz,
  CHECK (period_start <= period_end),
  CHECK (superseded_at >= received_at),
  -- A last guard for "aggregates only": a summary report, never a subject list.
  CHECK (measure_report ->> 'resourceType' = 'MeasureReport'),
  CHECK (measure_report ->> 'type' = 'summary'),
  CHECK (NOT jsonb_path_exists(measure_report, 'strict $.**.subjectResults'))
);

-- At most one current submission per practice, indicator version and period; it also serves a
-- practice's own trend.
CREATE UNIQUE INDEX submissions_current
  ON submissions (practice_id, measure_url, measure_version, period_start, period_end)
  WHERE superseded_at IS NULL;

-- Comparisons: every practice's current result for one indicator version and period.
CREATE INDEX submissions_comparison
  ON submissions (measure_url, measure_version, period_start, period_end)
  WHERE superseded_at IS NULL;
