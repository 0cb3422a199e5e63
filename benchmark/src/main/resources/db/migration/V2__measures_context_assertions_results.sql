-- Benchmark storage, version 2: the measures the service accepts, practice context, the client
-- assertions already used (replay protection) and the counts of each submission in columns, so
-- comparisons need not read the stored reports.

-- An indicator definition as the operator registered it (a FHIR Measure from the plugin's
-- catalogue). A definition never changes under the same version: a change is a new version.
CREATE TABLE measures (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url                  text        NOT NULL CHECK (url <> ''),
  version              text        NOT NULL CHECK (version <> ''),
  title                text        NOT NULL,
  -- increase / decrease: the best 10% is ranked that way; none: descriptive, no "best".
  improvement_notation text        NOT NULL CHECK (improvement_notation IN ('increase', 'decrease', 'none')),
  -- The groups (indicator and sub-indicators such as OST-09a) in the Measure's order.
  group_codes          text[]      NOT NULL CHECK (cardinality(group_codes) >= 1),
  -- The stratifiers the Measure declares; reports may carry only the shared ones among them.
  stratifiers          text[]      NOT NULL,
  measure              jsonb       NOT NULL CHECK (measure ->> 'resourceType' = 'Measure'),
  registered_at        timestamptz NOT NULL,
  UNIQUE (url, version)
);

-- Practice context, registered by the operator and shown under the same disclosure rules as the
-- counts (indicators.md section 5): list size and the numbers per sex and shared age band.
ALTER TABLE practices
  ADD COLUMN list_size     integer CHECK (list_size >= 0),
  ADD COLUMN sex_counts    jsonb   CHECK (jsonb_typeof(sex_counts) = 'object'),
  ADD COLUMN age_counts    jsonb   CHECK (jsonb_typeof(age_counts) = 'object');

-- Client assertions (JWT) already accepted: a jti is refused a second time until it expires.
CREATE TABLE used_assertions (
  practice_id bigint      NOT NULL REFERENCES practices (id),
  jti         text        NOT NULL,
  expires_at  timestamptz NOT NULL,
  PRIMARY KEY (practice_id, jti)
);

CREATE INDEX used_assertions_expiry ON used_assertions (expires_at);

-- The counts of one group (indicator or sub-indicator) of a submission; null = suppressed by the
-- practice (masked). Written with the submission, in the same transaction, never changed.
CREATE TABLE submission_results (
  submission_id bigint  NOT NULL REFERENCES submissions (id),
  group_code    text    NOT NULL,
  denominator   integer CHECK (denominator >= 0),
  numerator     integer CHECK (numerator >= 0),
  PRIMARY KEY (submission_id, group_code),
  CHECK (numerator <= denominator)
);
