-- Frees a call's slot on one link. Idempotent: releasing twice, or after expiry, changes nothing.
-- KEYS[1] leases, KEYS[2] pending; ARGV[1] call id. Returns 1 when a live lease was removed, else 0.
local removed = redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return removed
