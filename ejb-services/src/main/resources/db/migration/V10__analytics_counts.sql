-- Analytics (org.parkportal.analytics): a captured row now stands for equal events of one minute, counted in memory
-- by the recorder (docs/analytics.md); existing rows are single events. hits of such a row is 0 (found nothing) or 1.
ALTER TABLE analytics_event ADD COLUMN quantity BIGINT DEFAULT 1 NOT NULL;
