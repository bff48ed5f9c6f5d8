-- Notifications (org.parkportal.notification): what a person is told about their requests (an order approved, a
-- server running, a membership decided), as a message key of the notification bundle with its arguments, rendered
-- in the reader's language when shown. Times are instants (TIMESTAMP WITH TIME ZONE, written in UTC).
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE notification (
    id          BIGINT        NOT NULL PRIMARY KEY,
    recipient   VARCHAR(100)  NOT NULL,
    tenant      VARCHAR(100),
    message_key VARCHAR(100)  NOT NULL,
    arguments   VARCHAR(4000),
    link        VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE
);
-- The bell's count and the list: a person's notifications, newest first, the unread ones.
CREATE INDEX ix_notification_recipient ON notification (recipient, created_at);
CREATE INDEX ix_notification_unread ON notification (recipient, read_at);
-- Retention deletes read notifications by age.
CREATE INDEX ix_notification_created ON notification (created_at);
