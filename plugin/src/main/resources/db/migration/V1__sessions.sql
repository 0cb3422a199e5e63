-- Server-side sessions of the SMART app and the logins waiting for their callback.
-- Shared by every plugin instance behind a load balancer. Cookie values and `state` are stored
-- only as SHA-256 hashes, tokens only AES-GCM encrypted: a copy of this database lets no one
-- in, nor call an EHR.

CREATE TABLE pending_logins (
    -- SHA-256 of the OAuth `state` the authorization server sends back.
    state_hash      bytea PRIMARY KEY,
    -- SHA-256 of the pre-login cookie: the callback must come from the browser that started.
    browser_hash    bytea       NOT NULL,
    iss             text        NOT NULL,
    -- Encrypted JSON: PKCE code verifier, nonce, requested scopes, EHR or standalone launch.
    secrets         bytea       NOT NULL,
    expires_at      timestamptz NOT NULL
);

CREATE INDEX pending_logins_expiry ON pending_logins (expires_at);

CREATE TABLE sessions (
    -- SHA-256 of the session cookie's value.
    id_hash             bytea PRIMARY KEY,
    iss                 text        NOT NULL,
    -- The practice as the launch resolved it (agb, name, organization, population), JSON.
    practice            jsonb       NOT NULL,
    agb                 text        NOT NULL,
    user_name           text,
    fhir_user           text,
    csrf_token          text        NOT NULL,
    -- Encrypted JSON: access token, its expiry, refresh token, granted scopes.
    tokens              bytea       NOT NULL,
    -- Bumped on every token refresh, so concurrent refreshes across instances are detected.
    tokens_version      integer     NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    idle_expires_at     timestamptz NOT NULL,
    absolute_expires_at timestamptz NOT NULL,
    CONSTRAINT sessions_agb_is_eight_digits CHECK (agb ~ '^[0-9]{8}$'),
    CONSTRAINT sessions_idle_within_absolute CHECK (idle_expires_at <= absolute_expires_at)
);

CREATE INDEX sessions_expiry ON sessions (idle_expires_at);
