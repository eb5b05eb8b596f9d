-- The notices told of one reference (a registration number, a task id), for the staff's list of
-- notices and their delivery states (GET /api/v1/notices?reference=…): read in queue order.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
create index notice_queue_reference on notice_queue (reference, queue_position);
