-- SMART App Launch 2 token response parameters kept with the session: the EHR's style sheet
-- (smart_style_url, fetched server-side only from the EHR's own host) and need_patient_banner.
-- Both optional: servers need not send them.
ALTER TABLE sessions ADD COLUMN style_url text;
ALTER TABLE sessions ADD COLUMN need_patient_banner boolean;
