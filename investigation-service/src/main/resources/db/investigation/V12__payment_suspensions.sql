-- Conduct officers' read model of suspended payments per Member State and currency (projected; can be replayed).
CREATE TABLE payment_suspension_view (
    measure_id     VARCHAR(64)              PRIMARY KEY,
    case_reference VARCHAR(20)              NOT NULL,
    nationality    VARCHAR(3),
    amount         NUMERIC(19, 4)           NOT NULL,
    currency       VARCHAR(3)               NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    suspended_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX payment_suspension_view_nationality ON payment_suspension_view (nationality, currency);
