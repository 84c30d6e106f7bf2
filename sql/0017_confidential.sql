-- Confidential needs (保密需求): experts read the problem but not who posted it until the
-- enterprise accepts an engagement with them. Only the enum grows here: PostgreSQL does not let a
-- value added by ALTER TYPE be used in the transaction that added it, and each migration runs in
-- its own transaction, so nothing in this file may use 'confidential' (later migrations may).
alter type need_visibility add value 'confidential';
